package dev.jdaguide.site.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdaguide.site.build.BuildProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The site that the build baked passes every post-bake check, and the bake wrote its report. */
class RealSiteTests {

    @Test
    void realSitePassesAllChecks() {
        List<BuildProblem> problems = SiteChecks.check(BakedSite.read(SiteFixtures.realSite()), new CheckReport());

        assertTrue(problems.isEmpty(), () -> ProblemAssertions.describe(problems));
    }

    @Test
    void reportListsListingSources() throws IOException {
        String report = Files.readString(SiteChecks.reportFile(SiteFixtures.realSite()));

        assertTrue(report.contains("Java listings (page source line <- example file [tags])"), report);
    }

    @Test
    void reportStatesImageBudget() throws IOException {
        String report = Files.readString(SiteChecks.reportFile(SiteFixtures.realSite()));

        assertTrue(report.contains("budget: " + ImageCheck.MAX_IMAGE_BYTES + " bytes"), report);
    }
}
