package dev.jdaguide.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The baked site in Chromium, as a reader uses it: every page loads cleanly from the local server only, passes axe,
 * and the theme switch, copy buttons, build-tool tabs and search work. Screenshots of every page at phone and desktop
 * width, in both themes, are saved under {@code target/screenshots} for a person to look at.
 */
class SiteBrowserIT extends BrowserTestBase {

    private static final Json JSON = new Json();
    private static final Duration WAIT = Duration.ofSeconds(10);

    @Override
    boolean servesFixturePages() {
        return true;
    }

    @BeforeEach
    void forgetReaderChoices() {
        browser.get(server.url("index.html"));
        browser.executeScript("localStorage.clear();");
        emulate(1280, "light");
        readLog(LogType.BROWSER);
        readLog(LogType.PERFORMANCE);
    }

    @Test
    void pagesLogNoConsoleErrors() {
        for (String page : pagesWithFixtures()) {
            open(page);
            focusSearchSoTheIndexLoads();
            List<String> errors = readLog(LogType.BROWSER).stream()
                    .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
                    .map(LogEntry::getMessage)
                    .toList();
            assertEquals(List.of(), errors, page + " logged errors or warnings in the browser console.");
        }
    }

    @Test
    void pagesRequestNothingFromOtherHosts() {
        for (String page : pagesWithFixtures()) {
            open(page);
            focusSearchSoTheIndexLoads();
            List<String> foreign = new ArrayList<>();
            for (LogEntry entry : readLog(LogType.PERFORMANCE)) {
                Map<String, Object> message = messageOf(entry);
                if ("Network.requestWillBeSent".equals(message.get("method"))) {
                    String url = String.valueOf(nested(message, "params", "request", "url"));
                    if (!url.startsWith(server.origin() + "/") && !url.startsWith("data:")) {
                        foreign.add(url);
                    }
                }
            }
            assertEquals(List.of(), foreign, page + " requested resources from another host.");
        }
    }

    @Test
    void copyButtonCopiesJavaWithoutCalloutMarkers() {
        open(FixturePages.LISTINGS_PAGE);

        assertEquals(FixturePages.JAVA_LISTING_COPIED, copyListing(0));
    }

    @Test
    void copyButtonCopiesConsoleCommandsWithoutPrompts() {
        open(FixturePages.LISTINGS_PAGE);

        assertEquals(FixturePages.CONSOLE_LISTING_COPIED, copyListing(1));
    }

    @Test
    void copyButtonAnnouncesCopied() {
        open(FixturePages.LISTINGS_PAGE);
        copyListing(0);

        WebElement button = browser.findElements(By.cssSelector(".listingblock .copy-button")).get(0);
        assertEquals("Copied", button.getText());
        String announced = (String) browser.executeScript(
                "return [...document.querySelectorAll('[aria-live]')].map(e => e.textContent).join(' ');");
        assertTrue(announced.contains("Copied"), "No live region announced the copy; live regions say: " + announced);
    }

    @Test
    void copyButtonsOnGuidesCopyTheVisibleCode() {
        for (String page : BakedSite.pages()) {
            open(page);
            List<WebElement> blocks = browser.findElements(By.cssSelector(".article-body .listingblock"));
            for (int i = 0; i < blocks.size(); i++) {
                WebElement block = blocks.get(i);
                if (!block.findElements(By.cssSelector(".conum, .gp")).isEmpty()) {
                    continue;
                }
                if (!block.isDisplayed()) {
                    continue;
                }
                String visible = (String) browser.executeScript(
                        "return arguments[0].querySelector('pre').textContent.replace(/\\n+$/, '');", block);
                assertEquals(visible, copyListing(i), page + ": listing " + (i + 1) + " copied other text.");
            }
        }
    }

    @Test
    void buildToolTabsShowPomVersion() {
        open(FixturePages.TABS_PAGE);

        String maven = browser.findElement(By.cssSelector(".build-tool-tabs .listingblock:not([hidden]) pre")).getText();
        assertTrue(maven.contains("<version>" + System.getProperty("jda.version") + "</version>"),
                "The Maven tab does not show JDA " + System.getProperty("jda.version") + ": " + maven);
    }

    @Test
    void buildToolChoiceIsRememberedOnOtherPages() {
        open(FixturePages.TABS_PAGE);
        browser.findElement(By.xpath("//button[@role='tab'][normalize-space()='Gradle (Kotlin DSL)']")).click();

        open(FixturePages.LISTINGS_PAGE);

        WebElement selected = browser.findElement(By.cssSelector(".build-tool-tabs [role=tab][aria-selected=true]"));
        assertEquals("Gradle (Kotlin DSL)", selected.getText());
        String shown = browser.findElement(By.cssSelector(".build-tool-tabs [role=tabpanel]:not([hidden]) pre"))
                .getText();
        assertTrue(shown.startsWith("implementation(\"net.dv8tion:JDA:"), "The Kotlin DSL listing is not shown: "
                + shown);
    }

    @Test
    void buildToolTabsMoveWithArrowKeys() {
        open(FixturePages.TABS_PAGE);
        WebElement maven = browser.findElement(By.cssSelector(".build-tool-tabs [role=tab][aria-selected=true]"));

        maven.sendKeys(Keys.ARROW_RIGHT);

        WebElement focused = browser.switchTo().activeElement();
        assertEquals("Gradle (Kotlin DSL)", focused.getText());
        assertEquals("true", focused.getAttribute("aria-selected"));
    }

    @Test
    void themeFollowsTheSystemSetting() {
        emulate(1280, "dark");
        open("index.html");

        assertEquals(DARK_BACKGROUND, pageBackground());
    }

    @Test
    void themeToggleSwitchesAndPersistsAcrossReload() {
        open("index.html");
        assertEquals(LIGHT_BACKGROUND, pageBackground());
        WebElement toggle = browser.findElement(By.cssSelector(".theme-toggle"));
        assertEquals("false", toggle.getAttribute("aria-pressed"));

        toggle.click();
        assertEquals(DARK_BACKGROUND, pageBackground());
        assertEquals("true", toggle.getAttribute("aria-pressed"));

        browser.navigate().refresh();
        assertEquals(DARK_BACKGROUND, pageBackground());
        assertEquals("true", browser.findElement(By.cssSelector(".theme-toggle")).getAttribute("aria-pressed"));
    }

    @Test
    void storedThemeIsAppliedBeforeTheStylesheets() {
        Document index = BakedSite.parse("index.html");
        String firstHeadResource = index.head().select("script[src], link[rel=stylesheet]").first().outerHtml();

        assertEquals("<script src=\"js/theme.js\"></script>", firstHeadResource,
                "theme.js must run synchronously before any stylesheet so a stored theme applies before paint.");
    }

    @Test
    void searchFindsAGuideByAWordInItsBody() {
        Map.Entry<String, String> pageAndWord = wordFoundOnOnePageOnly();
        open("index.html");
        WebElement input = browser.findElement(By.id("search-input"));

        input.sendKeys(pageAndWord.getValue());

        WebElement first = new WebDriverWait(browser, WAIT).until(
                driver -> driver.findElements(By.cssSelector("#search-results a")).stream().findFirst().orElse(null));
        assertTrue(first.getAttribute("href").contains(pageAndWord.getKey()), "Searching for \"" + pageAndWord.getValue()
                + "\" did not list " + pageAndWord.getKey() + " first but " + first.getAttribute("href"));
    }

    @Test
    void searchResultsOpenWithArrowKeysAndEnter() {
        Map.Entry<String, String> pageAndWord = wordFoundOnOnePageOnly();
        open("index.html");
        WebElement input = browser.findElement(By.id("search-input"));
        input.sendKeys(pageAndWord.getValue());
        new WebDriverWait(browser, WAIT).until(driver -> !driver.findElements(By.cssSelector("#search-results a"))
                .isEmpty());

        input.sendKeys(Keys.ARROW_DOWN);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);

        new WebDriverWait(browser, WAIT).until(driver -> driver.getCurrentUrl().contains(pageAndWord.getKey()));
    }

    @Test
    void axeFindsNoSeriousViolationsInEitherTheme() throws IOException {
        String axe = axeSource();
        for (String theme : List.of("light", "dark")) {
            emulate(1280, theme);
            for (String page : pagesWithFixtures()) {
                open(page);
                browser.executeScript(axe);
                Object violations = browser.executeAsyncScript("""
                        const done = arguments[arguments.length - 1];
                        axe.run(document, {resultTypes: ['violations']}).then(result => done(result.violations
                            .filter(v => v.impact === 'serious' || v.impact === 'critical')
                            .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                                + v.nodes.map(n => n.target.join(' ')).join(', '))));
                        """);
                assertEquals(List.of(), violations, page + " in the " + theme + " theme has axe violations.");
            }
        }
    }

    @Test
    void screenshotsOfEveryPage() throws IOException {
        Path folder = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(folder);
        // Screenshots of pages that no longer exist would mislead a reviewer.
        try (var old = Files.newDirectoryStream(folder, "*.png")) {
            for (Path file : old) {
                Files.delete(file);
            }
        }
        for (String page : pagesWithFixtures()) {
            for (int width : new int[] {1280, 390}) {
                for (String theme : List.of("light", "dark")) {
                    emulate(width, theme);
                    open(page);
                    Path file = folder.resolve(page.replace(".html", "") + "-" + width + "-" + theme + ".png");
                    Files.write(file, fullPageScreenshot(width));
                    assertTrue(Files.size(file) > 0, "Empty screenshot " + file);
                }
            }
        }
    }

    private static final String LIGHT_BACKGROUND = "rgb(255, 255, 255)";
    private static final String DARK_BACKGROUND = "rgb(21, 23, 28)";

    private List<String> pagesWithFixtures() {
        List<String> pages = new ArrayList<>(BakedSite.pages());
        pages.add(FixturePages.LISTINGS_PAGE);
        pages.add(FixturePages.TABS_PAGE);
        return pages;
    }

    private void open(String page) {
        browser.get(server.url(page));
        new WebDriverWait(browser, WAIT).until(driver -> "complete".equals(
                ((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    private void focusSearchSoTheIndexLoads() {
        browser.executeScript("document.getElementById('search-input').focus();");
        new WebDriverWait(browser, WAIT).until(driver -> Boolean.TRUE.equals(
                ((JavascriptExecutor) driver).executeScript("return Boolean(window.jdaGuideSearchIndex);")));
    }

    private String pageBackground() {
        return (String) browser.executeScript(
                "return getComputedStyle(document.documentElement).backgroundColor;");
    }

    private void emulate(int width, String colorScheme) {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", 900, "deviceScaleFactor", 1, "mobile", width < 600));
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of(
                "features", List.of(Map.of("name", "prefers-color-scheme", "value", colorScheme))));
    }

    private byte[] fullPageScreenshot(int width) {
        long height = (Long) browser.executeScript(
                "return Math.min(8000, document.documentElement.scrollHeight);");
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
        return Base64.getDecoder().decode((String) shot.get("data"));
    }

    /** Clicks the copy button of the listing at {@code index} and returns what it put on the clipboard. */
    private String copyListing(int index) {
        Map<String, Object> grant = new HashMap<>();
        grant.put("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite"));
        grant.put("origin", server.origin());
        browser.executeCdpCommand("Browser.grantPermissions", grant);
        browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                navigator.clipboard.writeText('(clipboard not written)').then(() => done(), () => done());
                """);

        WebElement block = browser.findElements(By.cssSelector(".article-body .listingblock")).get(index);
        block.findElement(By.cssSelector(".copy-button")).click();
        new WebDriverWait(browser, WAIT).until(driver -> block.findElement(By.cssSelector(".copy-button"))
                .getAttribute("data-state") != null);

        return (String) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                navigator.clipboard.readText().then(done, error => done('(clipboard unreadable: ' + error + ')'));
                """);
    }

    /** Returns a page and a word of at least seven letters that appears in that page's article and in no other. */
    private static Map.Entry<String, String> wordFoundOnOnePageOnly() {
        Map<String, String> texts = new HashMap<>();
        for (String page : BakedSite.pages()) {
            texts.put(page, BakedSite.parse(page).select(".article-body").text().toLowerCase());
        }
        Pattern word = Pattern.compile("\\b[a-z]{7,}\\b");
        for (String page : BakedSite.pages()) {
            Matcher matcher = word.matcher(texts.get(page));
            while (matcher.find()) {
                String candidate = matcher.group();
                long pagesWithWord = texts.values().stream().filter(text -> text.contains(candidate)).count();
                if (pagesWithWord == 1) {
                    return Map.entry(page, candidate);
                }
            }
        }
        throw new IllegalStateException("No page has a word of seven or more letters that no other page has.");
    }

    private List<LogEntry> readLog(String type) {
        return browser.manage().logs().get(type).getAll();
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

    private static String axeSource() throws IOException {
        try (InputStream in = SiteBrowserIT.class.getResourceAsStream("/axe.min.js")) {
            assertFalse(in == null, "axe.min.js is not on the test class path; it comes from"
                    + " com.deque.html.axe-core:selenium in docs-site/pom.xml.");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
