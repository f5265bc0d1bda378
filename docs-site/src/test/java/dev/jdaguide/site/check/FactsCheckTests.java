package dev.jdaguide.site.check;

import static dev.jdaguide.site.check.ProblemAssertions.assertNotReported;
import static dev.jdaguide.site.check.ProblemAssertions.assertReported;

import dev.jdaguide.site.build.BuildProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactsCheckTests {

    private static final String PAGE = "content/facts.adoc";

    private final List<BuildProblem> problems = SiteFixtures.brokenSite().problems();

    @Test
    void typedJdaVersionIsReported() {
        assertReported(problems, PAGE, 4, "{jda-version}");
    }

    @Test
    void typedJavaVersionIsReported() {
        assertReported(problems, PAGE, 5, "{java-version}");
    }

    @Test
    void handWrittenPermissionTableIsReported() {
        assertReported(problems, PAGE, 8, "Hand-written table of JDA permissions");
    }

    @Test
    void tableMentioningPermissionsInProsePasses() {
        assertNotReported(problems, PAGE, 19);
    }

    @Test
    void permissionTableFixNamesGeneratedDir() {
        assertReported(problems, PAGE, 8, "{generated-dir}");
    }
}
