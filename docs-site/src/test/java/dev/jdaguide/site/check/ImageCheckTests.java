package dev.jdaguide.site.check;

import static dev.jdaguide.site.check.ProblemAssertions.assertNotReported;
import static dev.jdaguide.site.check.ProblemAssertions.assertReported;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdaguide.site.build.BuildProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageCheckTests {

    private static final String PAGE = "content/images.adoc";

    private final List<BuildProblem> problems = SiteFixtures.brokenSite().problems();

    @Test
    void imageWithAltTextPasses() {
        assertNotReported(problems, PAGE, 4);
    }

    @Test
    void missingAltTextIsReported() {
        assertReported(problems, PAGE, 6, "has no alt text");
    }

    @Test
    void missingImageFileIsReported() {
        assertReported(problems, PAGE, 8, "Missing image: images.html shows images/missing.svg");
    }

    @Test
    void oversizedImageIsReported() {
        assertReported(problems, "images/big.png", 0, "over the budget of 102400 bytes");
    }

    @Test
    void fileThatIsNotPngIsReported() {
        assertReported(problems, "images/not-really.png", 0, "is not a PNG file");
    }

    @Test
    void unusedImageIsReported() {
        assertReported(problems, "images/unused.svg", 0, "Unused image");
    }

    @Test
    void svgWithOtherRootIsRejected(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("a.svg"), "<html/>");

        assertTrue(ImageCheck.formatProblem("a.svg", file).contains("root element is <html>"));
    }

    @Test
    void malformedSvgIsRejected(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("a.svg"), "<svg>");

        assertTrue(ImageCheck.formatProblem("a.svg", file).contains("not well-formed XML"));
    }

    @Test
    void wellFormedSvgPasses(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("a.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

        assertNull(ImageCheck.formatProblem("a.svg", file));
    }
}
