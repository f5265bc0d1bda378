package dev.jdaguide.site.check;

import dev.jdaguide.site.build.BuildProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Runs the W3C Nu HTML checker in-process on baked pages. Its schemas come from the copies inside the validator jar
 * (a resolver that never fetches), so it works offline.
 */
final class NuHtmlChecker {

    /** The main HTML schema; the validator jar contains a copy, so the URL is only a key and is never fetched. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private final SimpleDocumentValidator validator;
    private final List<SAXParseException> errors = new ArrayList<>();

    NuHtmlChecker() throws Exception {
        // Log4j is configured from the validator's own properties. Language detection is off because it only
        // produces warnings.
        validator = new SimpleDocumentValidator(true, false, false);
        ErrorHandler collector = new ErrorHandler() {
            @Override
            public void warning(SAXParseException exception) {
                // Warnings, such as advice on obsolete attributes, do not fail the build.
            }

            @Override
            public void error(SAXParseException exception) {
                errors.add(exception);
            }

            @Override
            public void fatalError(SAXParseException exception) {
                errors.add(exception);
            }
        };
        validator.setUpMainSchema(HTML_SCHEMA, collector);
        validator.setUpValidatorAndParsers(collector, true, false);
    }

    /** Validates one page and returns a problem per error, located in the page source where it can be found. */
    List<BuildProblem> check(BakedPage page) throws IOException {
        errors.clear();
        try {
            validator.checkHtmlFile(page.html().toFile(), true);
        } catch (SAXException e) {
            // A fatal error was passed to the handler before this exception, so it is already in the list.
        }
        List<String> htmlLines = Files.readAllLines(page.html());
        List<BuildProblem> problems = new ArrayList<>();
        for (SAXParseException error : errors) {
            int htmlLine = error.getLineNumber();
            String text = htmlLine > 0 && htmlLine <= htmlLines.size() ? htmlLines.get(htmlLine - 1).strip() : "";
            SourceLine where = locate(page, htmlLine, text);
            problems.add(new BuildProblem(where.file(), where.line(), "Invalid HTML in " + page.path() + " line "
                    + htmlLine + ": " + error.getMessage(), "correct the markup in the page source or the template"
                    + " (run the Nu HTML checker on " + page.path() + " to see it in context)."));
        }
        return problems;
    }

    /** Finds the page source line that produced a baked line, by its text; else the baked file itself. */
    private static SourceLine locate(BakedPage page, int htmlLine, String text) {
        if (page.source() != null && text.length() >= 8) {
            int line = page.source().firstLineContaining(List.of(text));
            if (line > 0) {
                return new SourceLine(page.source().file(), line);
            }
        }
        return new SourceLine(page.html(), htmlLine);
    }

}
