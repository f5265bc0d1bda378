package dev.jdaguide.site.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every page loads at most 60 KB of HTML, CSS and JavaScript before compression, counting the page and every
 * stylesheet and script it links to. Images are not counted, nor are js/search.js and the search index, which load
 * only when the reader focuses the search box.
 */
class PageWeightTests {

    static final long MAX_BYTES = 60 * 1024;

    @TestFactory
    Iterable<DynamicTest> everyPageStaysUnderTheWeightLimit() {
        return BakedSite.pages().stream()
                .map(page -> DynamicTest.dynamicTest(page, () -> assertPageWeight(page)))
                .toList();
    }

    private static void assertPageWeight(String page) throws IOException {
        Path root = BakedSite.root();
        Document document = BakedSite.parse(page);
        Set<String> resources = new LinkedHashSet<>();
        for (Element link : document.select("link[rel=stylesheet][href]")) {
            resources.add(link.attr("href"));
        }
        for (Element script : document.select("script[src]")) {
            resources.add(script.attr("src"));
        }

        long total = Files.size(root.resolve(page));
        StringBuilder breakdown = new StringBuilder(page + " " + total + " B");
        for (String resource : resources) {
            Path file = root.resolve(resource).normalize();
            assertTrue(Files.isRegularFile(file), page + " links to " + resource + ", which is not in the site.");
            long size = Files.size(file);
            total += size;
            breakdown.append(", ").append(resource).append(' ').append(size).append(" B");
        }
        assertTrue(total <= MAX_BYTES, page + " weighs " + total + " bytes of HTML, CSS and JavaScript, over the"
                + " limit of " + MAX_BYTES + " bytes (" + breakdown + "). Shorten the page or split it.");
    }
}
