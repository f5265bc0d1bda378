package dev.jdaguide.site.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Starts Debian's Chromium through Debian's chromedriver, both at fixed paths, so Selenium Manager never looks for
 * or downloads a browser or driver.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private static final Map<ChromeDriver, Path> PROFILES = new ConcurrentHashMap<>();

    private Chromium() {
    }

    /** Fails the calling test, with the command that fixes it, when the browser or driver is not installed. */
    static void requireInstalled() {
        for (Path executable : new Path[] {BROWSER, DRIVER}) {
            if (!Files.isExecutable(executable)) {
                fail(executable + " is missing, and the browser tests need it. Install Debian's chromium and"
                        + " chromium-driver by running .ci/install-chromium (as root), then run ./mvnw verify again.");
            }
        }
    }

    /**
     * Starts a headless browser with a fresh profile. The browser log and the DevTools performance log (which lists
     * every network request) are kept for the test to read.
     */
    static ChromeDriver start(boolean javaScriptEnabled) {
        requireInstalled();
        Path profile;
        try {
            profile = Files.createTempDirectory("jdaguide-chromium-profile");
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to create a temporary Chromium profile folder", e);
        }

        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-extensions",
                "--hide-scrollbars", "--window-size=1280,900", "--user-data-dir=" + profile);
        if (!javaScriptEnabled) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        PROFILES.put(driver, profile);
        return driver;
    }

    /** Quits the browser and deletes its profile folder. */
    static void stop(ChromeDriver driver) {
        driver.quit();
        Path profile = PROFILES.remove(driver);
        if (profile == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(profile)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to delete the Chromium profile folder " + profile, e);
        }
    }
}
