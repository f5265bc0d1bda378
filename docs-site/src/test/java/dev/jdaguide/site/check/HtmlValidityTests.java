package dev.jdaguide.site.check;

import static dev.jdaguide.site.check.ProblemAssertions.assertReported;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdaguide.site.build.BuildProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every baked page passes the W3C Nu HTML checker with no errors. It runs here rather than in the bake because
 * loading its schemas costs more than the rest of the checks together.
 */
class HtmlValidityTests {

    @Test
    void realSitePagesHaveNoErrors() throws Exception {
        List<BuildProblem> problems = checkAll(BakedSite.read(SiteFixtures.realSite()));

        assertTrue(problems.isEmpty(), () -> ProblemAssertions.describe(problems));
    }

    @Test
    void invalidMarkupIsReportedAtPageLine() throws Exception {
        List<BuildProblem> problems = checkAll(SiteFixtures.brokenSite().read());

        assertReported(problems, "content/html.adoc", 5, "Invalid HTML in html.html");
    }

    private static List<BuildProblem> checkAll(BakedSite site) throws Exception {
        long start = System.nanoTime();
        NuHtmlChecker checker = new NuHtmlChecker();
        long ready = System.nanoTime();
        List<BuildProblem> problems = new ArrayList<>();
        for (BakedPage page : site.pages()) {
            problems.addAll(checker.check(page));
        }
        long done = System.nanoTime();
        System.out.printf("Nu HTML checker: %d page(s) of %s, %d error(s); schema set-up %d ms, checking %d ms%n",
                site.pages().size(), site.siteFolder(), problems.size(), (ready - start) / 1_000_000,
                (done - ready) / 1_000_000);
        return problems;
    }
}
