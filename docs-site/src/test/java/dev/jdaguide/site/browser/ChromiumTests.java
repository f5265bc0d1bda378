package dev.jdaguide.site.browser;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/** A machine without Chromium fails the browser tests with the command that installs it, and never skips them. */
class ChromiumTests {

    @TempDir
    Path folder;

    @Test
    void missingBrowserFailsWithInstallCommand() {
        Path browser = folder.resolve("chromium");

        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> Chromium.requireInstalled(browser, Chromium.DRIVER));

        assertTrue(failure.getMessage().startsWith(browser + " is missing"), failure.getMessage());
        assertTrue(failure.getMessage().contains(".ci/install-chromium"), failure.getMessage());
    }

    @Test
    void missingDriverFailsWithInstallCommand() throws IOException {
        // A stand-in for an installed browser, so the test does not depend on what this machine has.
        Path browser = Files.createFile(folder.resolve("chromium"));
        assertTrue(browser.toFile().setExecutable(true), "Failed to make " + browser + " executable");
        Path driver = folder.resolve("chromedriver");

        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> Chromium.requireInstalled(browser, driver));

        assertTrue(failure.getMessage().startsWith(driver + " is missing"), failure.getMessage());
        assertTrue(failure.getMessage().contains("chromium-driver"), failure.getMessage());
    }
}
