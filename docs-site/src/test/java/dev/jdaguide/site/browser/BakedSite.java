package dev.jdaguide.site.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** The site as the build baked it, read from disk. */
final class BakedSite {

    /** The page served for a missing address. It has the layout but is not listed as a guide. */
    static final String NOT_FOUND_PAGE = "404.html";

    private BakedSite() {
    }

    /** Returns the folder the build baked the site into, passed by failsafe or found from surefire's module folder. */
    static Path root() {
        Path root = Path.of(System.getProperty("site.output", "target/site")).toAbsolutePath();
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            throw new IllegalStateException("No baked site at " + root + ": run ./mvnw verify from the project root,"
                    + " which bakes the site before the tests run.");
        }
        return root;
    }

    /** Returns the file names of all pages, such as {@code index.html}, sorted. */
    static List<String> pages() {
        try (Stream<Path> files = Files.list(root())) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".html"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to list the pages in " + root(), e);
        }
    }

    /** Returns the pages the sidebar lists: every page but the "not found" page, which is no guide. */
    static List<String> guides() {
        return pages().stream().filter(page -> !page.equals(NOT_FOUND_PAGE)).toList();
    }

    static Document parse(String page) {
        try {
            return Jsoup.parse(root().resolve(page).toFile(), StandardCharsets.UTF_8.name());
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read the baked page " + page, e);
        }
    }
}
