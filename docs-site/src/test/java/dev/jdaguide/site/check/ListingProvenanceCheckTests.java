package dev.jdaguide.site.check;

import static dev.jdaguide.site.check.ProblemAssertions.assertNotReported;
import static dev.jdaguide.site.check.ProblemAssertions.assertReported;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jdaguide.site.build.BuildProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingProvenanceCheckTests {

    private static final String PAGE = "content/listings.adoc";

    private final List<BuildProblem> problems = SiteFixtures.brokenSite().problems();

    @Test
    void renamedTagIsReportedAtInclude() {
        assertReported(problems, PAGE, 16, "has no tag wave");
    }

    @Test
    void renamedTagNamesExampleFile() {
        assertReported(problems, PAGE, 16, "fixture/Greeter.java");
    }

    @Test
    void handWrittenListingIsReported() {
        assertReported(problems, PAGE, 21, "Hand-written Java listing");
    }

    @Test
    void handWrittenListingFixMentionsUncompiledRole() {
        assertReported(problems, PAGE, 21, "role=uncompiled");
    }

    @Test
    void extraLineNextToIncludeIsReported() {
        assertReported(problems, PAGE, 31, "Hand-written line");
    }

    @Test
    void listingThatDiffersFromRegionIsReported() {
        assertReported(problems, PAGE, 28, "differs from its source");
    }

    @Test
    void differenceNamesExampleAndTag() {
        assertReported(problems, PAGE, 28, "Greeter.java [tag=greet]");
    }

    @Test
    void matchingListingWithCalloutPasses() {
        assertNotReported(problems, PAGE, 6);
    }

    @Test
    void uncompiledListingPasses() {
        assertNotReported(problems, PAGE, 36);
    }

    @Test
    void wholeFileRegionPasses() {
        assertNotReported(problems, PAGE, 43);
    }

    @Test
    void uncompiledListingIsCounted() {
        CheckReport report = new CheckReport();
        new ListingProvenanceCheck().run(SiteFixtures.brokenSite().read(), report);

        assertEquals(1, report.count("uncompiled listings"));
    }

    @Test
    void regionDropsNestedTagLines() {
        List<String> file = List.of("a", "// tag::outer[]", "b", "// tag::inner[]", "c", "// end::inner[]",
                "// end::outer[]");

        assertEquals(List.of("b", "c"), TaggedRegion.cut(file, List.of("outer")).orElseThrow());
    }

    @Test
    void normaliseRemovesCalloutsAndIndent() {
        assertEquals(List.of("x();", "  y();"), TaggedRegion.normalise(List.of("    x(); // <1>", "      y();")));
    }
}
