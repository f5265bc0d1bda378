package dev.jdaguide.site.build;

import org.jbake.parser.AsciidoctorEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's AsciiDoc engine, remembering which page it converts so that Asciidoctor's warnings can name it.
 */
public final class PageTrackingAsciidoctorEngine extends AsciidoctorEngine {

    @Override
    public void processHeader(ParserContext context) {
        BuildProblems.enterPage(context.getFile().toPath().toAbsolutePath());
        try {
            super.processHeader(context);
        } finally {
            BuildProblems.leavePage();
        }
    }

    @Override
    public void processBody(ParserContext context) {
        BuildProblems.enterPage(context.getFile().toPath().toAbsolutePath());
        try {
            super.processBody(context);
        } finally {
            BuildProblems.leavePage();
        }
    }
}
