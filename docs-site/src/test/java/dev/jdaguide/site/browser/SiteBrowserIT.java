package dev.jdaguide.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdaguide.site.browser.PageVisitor.PageVisit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The baked site in Chromium, as a reader uses it: every page loads cleanly from the local server only, passes axe,
 * and the theme switch, copy buttons, build-tool tabs and search work. Screenshots of every page at phone and desktop
 * width, in both themes, are saved under {@code target/screenshots} for a person to look at.
 */
class SiteBrowserIT extends BrowserTestBase {

    private static final String LIGHT_BACKGROUND = "rgb(255, 255, 255)";
    private static final String DARK_BACKGROUND = "rgb(21, 23, 28)";

    /** What each page showed and logged, by page, recorded before the tests by {@link #visitEveryPage}. */
    private final Map<String, PageVisit> visits = new ConcurrentHashMap<>();

    @Override
    boolean servesFixturePages() {
        return true;
    }

    /**
     * Loads every page once and records what the per-page tests check, in this class's browser and a second one side
     * by side. One load per page for all checks, instead of one per check, makes the browser tests several times
     * faster. The second browser uses the core that one Chromium leaves mostly idle.
     */
    @BeforeAll
    void visitEveryPage() throws Exception {
        String axe = axeSource();
        Path screenshotFolder = emptyScreenshotFolder();
        Queue<String> unvisited = new ConcurrentLinkedQueue<>(pagesWithFixtures());
        ChromeDriver second = Chromium.start(true);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Void>> visitors = threads.invokeAll(List.of(
                    () -> visitAll(new PageVisitor(browser, server, axe, screenshotFolder), unvisited),
                    () -> visitAll(new PageVisitor(second, server, axe, screenshotFolder), unvisited)));
            for (Future<Void> visitor : visitors) {
                try {
                    visitor.get();
                } catch (ExecutionException e) {
                    // The failure of a visit, not its wrapper, is what the test report needs to show.
                    throw e.getCause() instanceof Exception cause ? cause : e;
                }
            }
        } finally {
            threads.shutdownNow();
            Chromium.stop(second);
        }
    }

    /** Visits pages from {@code unvisited} until none is left, and returns {@code null} for {@link Callable}. */
    private Void visitAll(PageVisitor visitor, Queue<String> unvisited) throws IOException {
        for (String page = unvisited.poll(); page != null; page = unvisited.poll()) {
            visits.put(page, visitor.visit(page));
        }
        return null;
    }

    @BeforeEach
    void forgetReaderChoices() {
        if (!browser.getCurrentUrl().startsWith(server.origin() + "/")) {
            browser.get(server.url("index.html"));
        }
        browser.executeScript("localStorage.clear();");
        Chromium.emulate(browser, 1280, "light");
    }

    @Test
    void pagesLogNoConsoleErrors() {
        assertNoPageHas(PageVisit::consoleProblems, "errors or warnings in the browser console");
    }

    @Test
    void pagesRequestNothingFromOtherHosts() {
        assertNoPageHas(PageVisit::foreignRequests, "requests to other hosts");
    }

    @Test
    void copyButtonsOnGuidesCopyTheVisibleCode() {
        assertNoPageHas(PageVisit::copyMismatches, "copy buttons that copy other text than the listing shows");
    }

    @Test
    void axeFindsNoSeriousViolationsInEitherTheme() {
        for (String theme : PageVisitor.THEMES) {
            assertNoPageHas(visit -> visit.axeViolationsByTheme().get(theme),
                    "serious or critical axe violations in the " + theme + " theme");
        }
    }

    @Test
    void screenshotsOfEveryPage() throws IOException {
        for (Map.Entry<String, PageVisit> visit : visits.entrySet()) {
            List<Path> files = visit.getValue().screenshots();
            assertEquals(PageVisitor.SCREENSHOT_WIDTHS.length * PageVisitor.THEMES.size(), files.size(),
                    visit.getKey() + ": " + files);
            for (Path file : files) {
                assertTrue(Files.size(file) > 0, "Empty screenshot " + file);
            }
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
        Chromium.emulate(browser, 1280, "dark");
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

        WebElement first = waitUntil(
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
        waitUntil(driver -> !driver.findElements(By.cssSelector("#search-results a"))
                .isEmpty());

        input.sendKeys(Keys.ARROW_DOWN);
        browser.switchTo().activeElement().sendKeys(Keys.ENTER);

        waitUntil(driver -> driver.getCurrentUrl().contains(pageAndWord.getKey()));
    }

    private List<String> pagesWithFixtures() {
        List<String> pages = new ArrayList<>(BakedSite.pages());
        pages.add(FixturePages.LISTINGS_PAGE);
        pages.add(FixturePages.TABS_PAGE);
        return pages;
    }

    /** Fails with every page whose visit found problems, and the problems, in one message. */
    private void assertNoPageHas(Function<PageVisit, List<String>> problems, String description) {
        Map<String, List<String>> found = new TreeMap<>();
        visits.forEach((page, visit) -> {
            if (!problems.apply(visit).isEmpty()) {
                found.put(page, problems.apply(visit));
            }
        });
        assertEquals(Map.of(), found, "Pages with " + description + ":");
    }

    private void open(String page) {
        Chromium.open(browser, server.url(page));
    }

    private String pageBackground() {
        return (String) browser.executeScript(
                "return getComputedStyle(document.documentElement).backgroundColor;");
    }

    /** Clicks the copy button of the listing at {@code index} and returns what it put on the clipboard. */
    private String copyListing(int index) {
        browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                navigator.clipboard.writeText('(clipboard not written)').then(() => done(), () => done());
                """);

        WebElement block = browser.findElements(By.cssSelector(".article-body .listingblock")).get(index);
        block.findElement(By.cssSelector(".copy-button")).click();
        waitUntil(driver -> block.findElement(By.cssSelector(".copy-button"))
                .getAttribute("data-state") != null);

        return (String) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                navigator.clipboard.readText().then(done, error => done('(clipboard unreadable: ' + error + ')'));
                """);
    }

    private static Path emptyScreenshotFolder() throws IOException {
        Path folder = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        Files.createDirectories(folder);
        // Screenshots of pages that no longer exist would mislead a reviewer.
        try (var old = Files.newDirectoryStream(folder, "*.png")) {
            for (Path file : old) {
                Files.delete(file);
            }
        }
        return folder;
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

    private static String axeSource() throws IOException {
        try (InputStream in = SiteBrowserIT.class.getResourceAsStream("/axe.min.js")) {
            assertFalse(in == null, "axe.min.js is not on the test class path; it comes from"
                    + " com.deque.html.axe-core:selenium in docs-site/pom.xml.");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
