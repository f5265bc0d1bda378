package dev.jdaguide.site.check;

import static dev.jdaguide.site.check.ProblemAssertions.assertNotReported;
import static dev.jdaguide.site.check.ProblemAssertions.assertReported;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdaguide.site.build.BuildProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles every listing that is a complete compilation unit, as a reader copies it from the baked page, against
 * the examples' class path.
 */
class ListingCompilationTests {

    /** The broken site's compile results, computed once because each javac run reads the whole class path. */
    private static List<BuildProblem> brokenSiteProblems;

    @TempDir
    Path classes;

    @Test
    void realSiteListingsCompile() {
        List<BuildProblem> problems = compileAll(BakedSite.read(SiteFixtures.realSite()));

        assertTrue(problems.isEmpty(), () -> ProblemAssertions.describe(problems));
    }

    @Test
    void brokenListingIsReportedAtPageLine() {
        List<BuildProblem> problems = brokenSiteProblems();

        assertReported(problems, "content/listings.adoc", 50, "does not compile");
    }

    @Test
    void brokenListingNamesExampleAndTag() {
        List<BuildProblem> problems = brokenSiteProblems();

        assertReported(problems, "content/listings.adoc", 50, "Broken.java [tag=whole]");
    }

    @Test
    void wholeClassWithCalloutCompiles() {
        List<BuildProblem> problems = brokenSiteProblems();

        assertNotReported(problems, "content/listings.adoc", 43);
    }

    @Test
    void packageDeclarationMakesCompilationUnit() {
        assertTrue(ListingCompiler.isCompilationUnit("// A comment.\npackage a;\nclass B {}\n"));
    }

    @Test
    void importMakesCompilationUnit() {
        assertTrue(ListingCompiler.isCompilationUnit("import java.util.List;\n"));
    }

    @Test
    void annotatedClassMakesCompilationUnit() {
        assertTrue(ListingCompiler.isCompilationUnit("@Deprecated\npublic final class A {}\n"));
    }

    @Test
    void methodIsNotCompilationUnit() {
        assertFalse(ListingCompiler.isCompilationUnit("static void main(String[] args) {\n}\n"));
    }

    @Test
    void staticMemberClassIsNotCompilationUnit() {
        assertFalse(ListingCompiler.isCompilationUnit("/** A member. */\nstatic final class Recorder {}\n"));
    }

    @Test
    void indentedClassIsNotCompilationUnit() {
        assertFalse(ListingCompiler.isCompilationUnit("    class Inner {}\n"));
    }

    private List<BuildProblem> brokenSiteProblems() {
        synchronized (ListingCompilationTests.class) {
            if (brokenSiteProblems == null) {
                brokenSiteProblems = compileAll(SiteFixtures.brokenSite().read());
            }
            return brokenSiteProblems;
        }
    }

    private List<BuildProblem> compileAll(BakedSite site) {
        ListingCompiler compiler = new ListingCompiler(SiteFixtures.compileClassPath(),
                site.attribute("java-version"));
        List<BuildProblem> problems = new ArrayList<>();
        int compiled = 0;
        for (BakedPage page : site.pages()) {
            for (PageListing listing : PageListing.of(page)) {
                if (ListingCompiler.isCompilationUnit(listing.copiedText())) {
                    compiled++;
                    problems.addAll(compiler.compile(listing, classes.resolve("listing-" + compiled)));
                }
            }
        }
        System.out.println("Compiled " + compiled + " complete listing(s) of " + site.siteFolder());
        return problems;
    }
}
