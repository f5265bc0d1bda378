package dev.jdaguide.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** With JavaScript off, every page still lists every guide and shows every listing, and hides what cannot work. */
class NoJavaScriptBrowserIT extends BrowserTestBase {

    @Override
    boolean javaScriptEnabled() {
        return false;
    }

    @Override
    boolean servesFixturePages() {
        return true;
    }

    @Test
    void everyPageListsEveryGuide() {
        List<String> guides = BakedSite.guides();
        for (String page : BakedSite.pages()) {
            browser.get(server.url(page));
            List<String> linked = browser.findElements(By.cssSelector("nav.sidebar a")).stream()
                    .map(link -> link.getAttribute("href").substring(server.origin().length() + 1))
                    .sorted()
                    .toList();
            assertEquals(guides, linked, page + " does not list every guide in its sidebar.");
        }
    }

    @Test
    void scriptControlsStayHidden() {
        browser.get(server.url(FixturePages.LISTINGS_PAGE));

        assertEquals(0, browser.findElements(By.cssSelector(".copy-button")).size());
        assertTrue(!browser.findElement(By.cssSelector(".site-search")).isDisplayed());
        assertTrue(!browser.findElement(By.cssSelector(".theme-toggle")).isDisplayed());
    }

    @Test
    void buildToolListingsAllShowWithTitles() {
        browser.get(server.url(FixturePages.TABS_PAGE));

        List<String> titles = browser.findElements(By.cssSelector(".build-tool-tabs .listingblock")).stream()
                .filter(WebElement::isDisplayed)
                .map(block -> block.findElement(By.cssSelector(".title")).getText())
                .toList();
        assertEquals(List.of("Maven", "Gradle (Kotlin DSL)", "Gradle (Groovy DSL)"), titles);
    }

    @Test
    void calculatorPagePointsToTheInviteGuide() {
        browser.get(server.url("permission-calculator.html"));

        WebElement note = browser.findElement(By.cssSelector(".no-js-only"));
        assertTrue(note.isDisplayed(), "The note for readers without JavaScript is hidden.");
        assertTrue(note.findElement(By.cssSelector("a[href='inviting-your-bot.html']")).isDisplayed());
    }
}
