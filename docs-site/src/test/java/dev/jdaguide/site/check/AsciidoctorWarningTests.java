package dev.jdaguide.site.check;

import static dev.jdaguide.site.check.ProblemAssertions.assertReported;

import dev.jdaguide.site.build.BuildProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bake itself fails on every Asciidoctor warning, naming the page source and line. */
class AsciidoctorWarningTests {

    private static final String PAGE = "content/warnings.adoc";

    private final List<BuildProblem> problems = SiteFixtures.brokenSite().problems();

    @Test
    void missingIncludeFileIsReported() {
        assertReported(problems, PAGE, 6, "Asciidoctor");
    }

    @Test
    void missingIncludeFileFixNamesExamplesDir() {
        assertReported(problems, PAGE, 6, "{examples-dir}");
    }

    @Test
    void missingIncludeTagIsReportedByAsciidoctor() {
        assertReported(problems, "content/listings.adoc", 16, "Asciidoctor");
    }

    @Test
    void missingAttributeIsReported() {
        assertReported(problems, PAGE, 9, "no-such-attribute");
    }

    @Test
    void otherWarningIsReported() {
        assertReported(problems, PAGE, 11, "section title out of sequence");
    }
}
