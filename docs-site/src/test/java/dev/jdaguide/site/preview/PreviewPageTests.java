package dev.jdaguide.site.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdaguide.site.build.BuildProblem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreviewPageTests {

    private static final Path ROOT = Path.of("/project");
    private static final String PAGE = "<!DOCTYPE html>\n<html><head><title>T</title></head>\n"
            + "<body class=\"guide\">\n<main>text</main>\n</body>\n</html>\n";

    @Test
    void addsReloadScriptBeforeBodyEnd() {
        String html = PreviewPage.inject(PAGE, 7, List.of(), ROOT);

        assertTrue(html.contains("<script src=\"/__preview/reload.js\" data-build-id=\"7\"></script>\n</body>"), html);
    }

    @Test
    void addsNoBannerWhenBuildIsClean() {
        String html = PreviewPage.inject(PAGE, 1, List.of(), ROOT);

        assertFalse(html.contains("preview-problems"), html);
    }

    @Test
    void listsProblemsAtTopOfBody() {
        BuildProblem problem = new BuildProblem(ROOT.resolve("docs-site/src/jbake/content/index.adoc"), 12,
                "Asciidoctor warning: include file not found.", "correct the path.");

        String html = PreviewPage.inject(PAGE, 1, List.of(problem), ROOT);

        int banner = html.indexOf("<div id=\"preview-problems\"");
        assertTrue(banner > html.indexOf("<body class=\"guide\">"), html);
        assertTrue(banner < html.indexOf("<main>"), html);
        assertTrue(html.contains("docs-site/src/jbake/content/index.adoc:12: Asciidoctor warning"), html);
        assertTrue(html.contains("found 1 problem."), html);
    }

    @Test
    void escapesProblemText() {
        BuildProblem problem = new BuildProblem(null, 0, "Compile error: List<String> & \"x\".", "");

        String html = PreviewPage.inject(PAGE, 1, List.of(problem), ROOT);

        assertTrue(html.contains("List&lt;String&gt; &amp; &quot;x&quot;"), html);
        assertFalse(html.contains("List<String>"), html);
    }

    @Test
    void handlesPageWithoutBodyTags() {
        String html = PreviewPage.inject("<p>fragment</p>", 3, List.of(), ROOT);

        assertEquals("<p>fragment</p><script src=\"/__preview/reload.js\" data-build-id=\"3\"></script>\n", html);
    }

    @Test
    void scriptPollsBuildIdEndpoint() {
        assertTrue(PreviewPage.SCRIPT.contains("fetch(\"/__preview/build-id\""), PreviewPage.SCRIPT);
    }
}
