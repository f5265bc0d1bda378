package dev.jdaguide.site.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Visits pages in one Chromium and records, on a single load of each page, what the per-page checks of
 * {@link SiteBrowserIT} need: screenshots in every layout, axe-core findings in both themes, what the copy buttons
 * copy, and what the page logged and requested meanwhile.
 */
final class PageVisitor {

    static final List<String> THEMES = List.of("light", "dark");
    static final int[] SCREENSHOT_WIDTHS = {1280, 390};

    // The dark theme changes only colours (tokens.css), so the dark theme is checked with the axe rules that read
    // colours. The other rules check names, roles and structure, which are the same in both themes.
    private static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");
    private static final Json JSON = new Json();

    /** What one page showed and logged. Each list is empty when the page passed that check. */
    record PageVisit(List<String> consoleProblems, List<String> foreignRequests,
            Map<String, List<String>> axeViolationsByTheme, List<String> copyMismatches, List<Path> screenshots) {
    }

    private final ChromeDriver browser;
    private final SiteServer server;
    private final String axeSource;
    private final Path screenshotFolder;

    PageVisitor(ChromeDriver browser, SiteServer server, String axeSource, Path screenshotFolder) {
        this.browser = browser;
        this.server = server;
        this.axeSource = axeSource;
        this.screenshotFolder = screenshotFolder;
        Chromium.grantClipboardAccess(browser, server.origin());
        // Chromium's start page logged its own requests before the first visit.
        Chromium.readLog(browser, LogType.BROWSER);
        Chromium.readLog(browser, LogType.PERFORMANCE);
    }

    PageVisit visit(String page) throws IOException {
        Chromium.emulate(browser, 1280, "light");
        Chromium.open(browser, server.url(page));
        // Screenshots come first, before the search field has focus and before a copy button shows "Copied".
        List<Path> screenshots = screenshotInEveryLayout(page);

        browser.executeScript(axeSource);
        Map<String, List<String>> axeViolations = new LinkedHashMap<>();
        Chromium.emulate(browser, 1280, "light");
        axeViolations.put("light", axeViolations(null));
        Chromium.emulate(browser, 1280, "dark");
        axeViolations.put("dark", axeViolations(COLOUR_RULES));
        Chromium.emulate(browser, 1280, "light");

        focusSearchSoTheIndexLoads();
        List<String> copyMismatches = copyMismatches();

        // Read last, so that whatever the page did while it was checked is in the logs too.
        return new PageVisit(consoleProblems(), foreignRequests(), axeViolations, copyMismatches, screenshots);
    }

    private List<Path> screenshotInEveryLayout(String page) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int width : SCREENSHOT_WIDTHS) {
            for (String theme : THEMES) {
                // The page is not reloaded: Chromium lays it out again for the new width and colour scheme.
                Chromium.emulate(browser, width, theme);
                Path file = screenshotFolder.resolve(page.replace(".html", "") + "-" + width + "-" + theme + ".png");
                Files.write(file, fullPageScreenshot(width));
                files.add(file);
            }
        }
        return files;
    }

    private byte[] fullPageScreenshot(int width) {
        // The maximum height guards against a runaway page. The longest page at phone width is about 10,800 px tall.
        long height = (Long) browser.executeScript(
                "return Math.min(16384, document.documentElement.scrollHeight);");
        Chromium.setViewport(browser, width, height);
        // A faster PNG encoder with larger files, which took about half the time per full-page screenshot on 2 cores.
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "optimizeForSpeed", true));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** Runs the injected axe-core with the given rules, or with all rules for {@code null}. */
    @SuppressWarnings("unchecked")
    private List<String> axeViolations(List<String> rules) {
        return (List<String>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const options = {resultTypes: ['violations']};
                if (arguments[0]) {
                    options.runOnly = {type: 'rule', values: arguments[0]};
                }
                axe.run(document, options).then(result => done(result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                        + v.nodes.map(n => n.target.join(' ')).join(', '))));
                """, rules);
    }

    private void focusSearchSoTheIndexLoads() {
        browser.executeScript("document.getElementById('search-input').focus();");
        Chromium.waitUntil(browser, driver -> Boolean.TRUE.equals(
                ((JavascriptExecutor) driver).executeScript("return Boolean(window.jdaGuideSearchIndex);")));
    }

    /**
     * Clicks the copy button of each visible listing without callouts or prompts, and returns a line for each one that
     * put other text on the clipboard than the listing shows. The script clicks them, not WebDriver, because one
     * script for all listings of a page is many times faster than several WebDriver calls per listing. The fixture
     * tests of {@link SiteBrowserIT} click as a reader does.
     */
    @SuppressWarnings("unchecked")
    private List<String> copyMismatches() {
        return (List<String>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const pause = () => new Promise(resolve => setTimeout(resolve, 10));
                (async () => {
                    const mismatches = [];
                    const blocks = document.querySelectorAll('.article-body .listingblock');
                    for (const [index, block] of blocks.entries()) {
                        // Callout markers and prompts are left out on purpose, and the fixture tests cover those.
                        if (block.querySelector('.conum, .gp') || block.getClientRects().length === 0) {
                            continue;
                        }
                        const visible = block.querySelector('pre').textContent.replace(/\\n+$/, '');
                        await navigator.clipboard.writeText('(clipboard not written)');
                        const button = block.querySelector('.copy-button');
                        button.click();
                        for (let tries = 0; !button.hasAttribute('data-state') && tries < 500; tries++) {
                            await pause();
                        }
                        const copied = await navigator.clipboard.readText();
                        if (copied !== visible) {
                            mismatches.push('listing ' + (index + 1) + ' copied ' + JSON.stringify(copied)
                                + ' but shows ' + JSON.stringify(visible));
                        }
                    }
                    return mismatches;
                })().then(done, error => done(['the copy check failed: ' + error]));
                """);
    }

    private List<String> consoleProblems() {
        return Chromium.readLog(browser, LogType.BROWSER).stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Returns the address of every request the page sent to anything but the site server and {@code data:}. */
    private List<String> foreignRequests() {
        List<String> foreign = new ArrayList<>();
        for (LogEntry entry : Chromium.readLog(browser, LogType.PERFORMANCE)) {
            Map<String, Object> message = messageOf(entry);
            if ("Network.requestWillBeSent".equals(message.get("method"))) {
                String url = String.valueOf(nested(message, "params", "request", "url"));
                if (!url.startsWith(server.origin() + "/") && !url.startsWith("data:")) {
                    foreign.add(url);
                }
            }
        }
        return foreign;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> messageOf(LogEntry entry) {
        Map<String, Object> wrapper = JSON.toType(entry.getMessage(), Map.class);
        return (Map<String, Object>) wrapper.get("message");
    }

    @SuppressWarnings("unchecked")
    private static Object nested(Map<String, Object> map, String... keys) {
        Object value = map;
        for (String key : keys) {
            if (!(value instanceof Map)) {
                return null;
            }
            value = ((Map<String, Object>) value).get(key);
        }
        return value;
    }
}
