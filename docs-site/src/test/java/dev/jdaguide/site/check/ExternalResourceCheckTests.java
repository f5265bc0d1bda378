package dev.jdaguide.site.check;

import static dev.jdaguide.site.check.ProblemAssertions.assertReported;

import dev.jdaguide.site.build.BuildProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExternalResourceCheckTests {

    private final List<BuildProblem> problems = SiteFixtures.brokenSite().problems();

    @Test
    void externalScriptIsReported() {
        assertReported(problems, "content/html.adoc", 9, "loads https://cdn.example.com/library.js");
    }

    @Test
    void externalCssImportIsReported() {
        assertReported(problems, "jbake/assets/css/site.css", 1, "Stylesheet loads https://fonts.example.com/font.css");
    }
}
