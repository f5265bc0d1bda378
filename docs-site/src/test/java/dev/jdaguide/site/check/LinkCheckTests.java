package dev.jdaguide.site.check;

import static dev.jdaguide.site.check.ProblemAssertions.assertNotReported;
import static dev.jdaguide.site.check.ProblemAssertions.assertReported;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.jdaguide.site.build.BuildProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinkCheckTests {

    private static final String PAGE = "content/links.adoc";

    private final List<BuildProblem> problems = SiteFixtures.brokenSite().problems();

    @Test
    void deadLinkIsReported() {
        assertReported(problems, PAGE, 7, "Dead link: no-such-page.html");
    }

    @Test
    void deadAnchorIsReported() {
        assertReported(problems, PAGE, 9, "Dead anchor: listings.html#no-such-section");
    }

    @Test
    void anchorOnSamePagePasses() {
        assertNotReported(problems, PAGE, 11);
    }

    @Test
    void unlistedExternalLinkIsReported() {
        assertReported(problems, PAGE, 13, "is not in jbake/external-links.properties");
    }

    @Test
    void plainHttpLinkIsReported() {
        assertReported(problems, PAGE, 15, "is not https");
    }

    @Test
    void listedExternalLinkPasses() {
        assertNotReported(problems, PAGE, 17);
    }

    @Test
    void canonicalLinkToSiteHostPasses() {
        assertFalse(problems.stream().anyMatch(problem -> problem.message().contains("guide.example.org")));
    }

    @Test
    void externalLinksAreListedInReport() {
        CheckReport report = new CheckReport();
        new LinkCheck().run(SiteFixtures.brokenSite().read(), report);

        assertEquals(3, report.count("external links"));
    }

    @Test
    void relativePathResolvesAgainstPageFolder() {
        assertEquals("guide/b.html", Urls.resolve("guide/a.html", "b.html#x"));
    }

    @Test
    void pathAboveSiteDoesNotResolve() {
        assertNull(Urls.resolve("a.html", "../outside.html"));
    }
}
