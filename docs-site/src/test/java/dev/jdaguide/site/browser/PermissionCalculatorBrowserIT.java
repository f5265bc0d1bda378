package dev.jdaguide.site.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdaguide.invite.InviteUrl;
import dev.jdaguide.invite.TwoFactorPermissions;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The permission calculator page computes the same permission integer and invite URL as the Java code that the
 * guides teach ({@link Permission#getRaw} and {@link InviteUrl}), and warns where {@link InviteUrl#warnings} does.
 */
class PermissionCalculatorBrowserIT extends BrowserTestBase {

    private static final String PAGE = "permission-calculator.html";
    // Built from parts so no committed string looks like a real id; any 17 to 20 digits are valid.
    private static final String APPLICATION_ID = "1234" + "5678" + "9012" + "34567";

    @BeforeEach
    void openCalculator() {
        browser.get(server.url(PAGE));
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of(EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND,
                        Permission.MESSAGE_EMBED_LINKS), true),
                Arguments.of(EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND), false),
                Arguments.of(EnumSet.noneOf(Permission.class), true),
                Arguments.of(EnumSet.of(Permission.ADMINISTRATOR), true),
                // Bits 51 and 52 lie beyond 2^53, where JavaScript numbers lose precision.
                Arguments.of(EnumSet.of(Permission.PIN_MESSAGES, Permission.BYPASS_SLOWMODE,
                        Permission.CREATE_INSTANT_INVITE), true),
                Arguments.of(EnumSet.of(Permission.KICK_MEMBERS, Permission.BAN_MEMBERS, Permission.MODERATE_MEMBERS,
                        Permission.MESSAGE_MANAGE, Permission.VOICE_CONNECT), false));
    }

    @ParameterizedTest(name = "{0}, slash commands {1}")
    @MethodSource("cases")
    void calculatorShowsTheUrlThatInviteUrlBuilds(Set<Permission> permissions, boolean slashCommands) {
        choose(permissions, slashCommands);

        InviteUrl expected = InviteUrl.forApplication(APPLICATION_ID).permissions(permissions);
        if (slashCommands) {
            expected.scopes(InviteUrl.BOT, InviteUrl.APPLICATIONS_COMMANDS);
        }
        assertEquals(expected.build(), browser.findElement(By.id("calculator-url")).getText());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void calculatorShowsThePermissionIntegerOfJda(Set<Permission> permissions, boolean slashCommands) {
        choose(permissions, slashCommands);

        assertEquals(Long.toUnsignedString(Permission.getRaw(permissions)),
                browser.findElement(By.id("calculator-integer")).getText());
    }

    @Test
    void administratorIsWarnedAbout() {
        choose(EnumSet.of(Permission.ADMINISTRATOR), true);

        assertTrue(warningsText().contains("Administrator grants every permission"), warningsText());
    }

    @Test
    void twoFactorPermissionsAreWarnedAboutByName() {
        choose(EnumSet.of(Permission.KICK_MEMBERS, Permission.VIEW_CHANNEL), true);

        assertTrue(warningsText().contains("only if its owner has two-factor authentication on"), warningsText());
        assertTrue(warningsText().contains(Permission.KICK_MEMBERS.getName()), warningsText());
        assertFalse(warningsText().contains(Permission.VIEW_CHANNEL.getName()), warningsText());
    }

    @Test
    void twoFactorWarningMatchesJavaBuilder() {
        Set<Permission> permissions = EnumSet.of(Permission.KICK_MEMBERS, Permission.BAN_MEMBERS,
                Permission.MESSAGE_MANAGE);
        choose(permissions, true);

        String javaWarning = InviteUrl.forApplication(APPLICATION_ID).permissions(permissions).warnings().get(0)
                .message();
        assertTrue(warningsText().contains(javaWarning), "expected " + javaWarning + " in " + warningsText());
    }

    @Test
    void harmlessPermissionsAreNotWarnedAbout() {
        choose(EnumSet.of(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND), true);

        assertEquals("", warningsText());
    }

    @Test
    void everyTwoFactorPermissionIsMarked() {
        for (WebElement box : browser.findElements(By.cssSelector("input[data-permission]"))) {
            Permission permission = Permission.valueOf(box.getAttribute("data-permission"));
            boolean marked = !box.findElements(By.xpath("..//span[@class='calculator-badge']")).isEmpty();
            assertEquals(TwoFactorPermissions.requiresTwoFactor(permission), marked,
                    permission + " is marked wrongly as needing 2FA or not.");
        }
    }

    @Test
    void invalidApplicationIdIsExplained() {
        browser.findElement(By.id("calculator-application-id")).sendKeys("12345");

        assertTrue(browser.findElement(By.id("calculator-application-id-error")).getText()
                .contains("expected 17 to 20 digits"));
        assertEquals("Enter the application ID to get the URL.", browser.findElement(By.id("calculator-url"))
                .getText());
    }

    private void choose(Set<Permission> permissions, boolean slashCommands) {
        browser.findElement(By.id("calculator-application-id")).sendKeys(APPLICATION_ID);
        WebElement commands = browser.findElement(By.id("calculator-commands"));
        if (commands.isSelected() != slashCommands) {
            commands.click();
        }
        for (Permission permission : permissions) {
            browser.findElement(By.cssSelector("input[data-permission='" + permission.name() + "']")).click();
        }
    }

    private String warningsText() {
        return browser.findElement(By.id("calculator-warnings")).getText();
    }
}
