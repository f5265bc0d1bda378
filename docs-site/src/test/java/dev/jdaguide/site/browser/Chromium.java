package dev.jdaguide.site.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Starts Debian's Chromium through Debian's chromedriver, both at fixed paths, so Selenium Manager never looks for
 * or downloads a browser or driver, and contains the browser actions that several browser test classes use.
 */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private static final Duration WAIT = Duration.ofSeconds(10);
    // Selenium polls every 500 ms by default. Most waits here end within a few milliseconds on 127.0.0.1, so the
    // default would make each of them last half a second.
    private static final Duration POLL = Duration.ofMillis(10);

    private static final Map<ChromeDriver, Path> PROFILES = new ConcurrentHashMap<>();

    private Chromium() {
    }

    /** Fails the calling test, with the command that fixes it, when the browser or driver is not installed. */
    static void requireInstalled() {
        requireInstalled(BROWSER, DRIVER);
    }

    static void requireInstalled(Path browser, Path driver) {
        for (Path executable : new Path[] {browser, driver}) {
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

    /**
     * Waits up to 10 s until {@code condition} returns neither {@code null} nor {@code false}, and returns what it
     * returned.
     */
    static <T> T waitUntil(ChromeDriver driver, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT, POLL).until(condition);
    }

    /** Loads {@code url} and waits until the page and everything it loads have loaded. */
    static void open(ChromeDriver driver, String url) {
        driver.get(url);
        waitUntil(driver, page -> "complete".equals(
                ((JavascriptExecutor) page).executeScript("return document.readyState")));
    }

    /** Sets the viewport to {@code width} by 900 CSS pixels, as a phone below 600 px, and the system colour scheme. */
    static void emulate(ChromeDriver driver, int width, String colorScheme) {
        setViewport(driver, width, 900);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of(
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme))));
    }

    /** Sets the viewport to {@code width} by {@code height} CSS pixels, as a phone below 600 px wide. */
    static void setViewport(ChromeDriver driver, int width, long height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** Lets pages from {@code origin} read and write the clipboard without a prompt, as the copy tests need. */
    static void grantClipboardAccess(ChromeDriver driver, String origin) {
        Map<String, Object> grant = new HashMap<>();
        grant.put("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite"));
        grant.put("origin", origin);
        driver.executeCdpCommand("Browser.grantPermissions", grant);
    }

    /** Returns the entries of a log ({@link LogType#BROWSER} or {@link LogType#PERFORMANCE}) since the last read. */
    static List<LogEntry> readLog(ChromeDriver driver, String type) {
        return driver.manage().logs().get(type).getAll();
    }
}
