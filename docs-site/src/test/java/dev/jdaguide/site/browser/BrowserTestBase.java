package dev.jdaguide.site.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Starts Chromium and the site server on 127.0.0.1 before the first test of a browser test class, and stops both after
 * its last test. They start once per class, not once per test, because starting Chromium for each test would slow the
 * suite. A subclass overrides {@link #javaScriptEnabled} or {@link #servesFixturePages} to change how they start.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestBase {

    SiteServer server;
    ChromeDriver browser;

    /**
     * Returns whether the browser runs the pages' scripts. A subclass that tests the pages with JavaScript off returns
     * {@code false}.
     */
    boolean javaScriptEnabled() {
        return true;
    }

    /**
     * Returns whether the server also serves the {@link FixturePages} beside the baked site. A subclass that opens them
     * returns {@code true}.
     */
    boolean servesFixturePages() {
        return false;
    }

    private static CompletableFuture<Path> fixturePages;

    /**
     * Starts writing the {@link FixturePages} on the first call in this JVM and returns their folder when written.
     * Later test classes reuse it, because converting the fixtures starts JRuby, which takes seconds. The conversion
     * runs while the browser starts and the first pages of the site are tested.
     */
    private static synchronized CompletableFuture<Path> fixturePages() {
        if (fixturePages == null) {
            fixturePages = CompletableFuture.supplyAsync(() -> {
                try {
                    // Beside the site, not in it, so the fixtures never count as pages of the site.
                    Path folder = Files.createDirectories(BakedSite.root().resolveSibling("browser-fixtures"));
                    FixturePages.write(folder, BakedSite.root(),
                            Path.of(System.getProperty("site.source"), "partials"), System.getProperty("jda.version"));
                    return folder;
                } catch (IOException e) {
                    throw new UncheckedIOException("Failed to write the fixture pages", e);
                }
            });
        }
        return fixturePages;
    }

    /** Waits as {@link Chromium#waitUntil} does, in this class's browser. */
    <T> T waitUntil(Function<WebDriver, T> condition) {
        return Chromium.waitUntil(browser, condition);
    }

    @BeforeAll
    void startServerAndBrowser() throws IOException {
        Chromium.requireInstalled();
        if (servesFixturePages()) {
            server = new SiteServer(List.of(BakedSite.root()), fixturePages());
        } else {
            server = new SiteServer(List.of(BakedSite.root()), null);
        }
        browser = Chromium.start(javaScriptEnabled());
    }

    @AfterAll
    void stopServerAndBrowser() {
        if (browser != null) {
            Chromium.stop(browser);
        }
        if (server != null) {
            server.close();
        }
    }
}
