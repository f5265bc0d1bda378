package dev.jdaguide.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdaguide.standin.ConsoleCapture;
import java.util.List;
import org.junit.jupiter.api.Test;

class InviteUrlToolTests {

    private static final String APPLICATION_ID = "1300000000000000042";
    private static final String URL_START = "https://discord.com/oauth2/authorize?client_id=" + APPLICATION_ID;

    private final ConsoleCapture out = new ConsoleCapture();
    private final ConsoleCapture err = new ConsoleCapture();

    private int run(String... args) {
        return new InviteUrlTool(out.stream(), err.stream()).run(args);
    }

    private void assertOneErrorLine() {
        assertEquals(1, err.lines().size(), "expected one line on standard error, got: " + err.text());
        assertEquals("", out.text(), "nothing should go to standard output after invalid input");
    }

    @Test
    void helpExitsWithZero() {
        assertEquals(0, run("--help"));
    }

    @Test
    void helpDescribesEveryOption() {
        run("-h");

        for (String option : List.of("--guild=ID", "--lock-guild", "--no-commands", "--list-permissions", "--help")) {
            assertTrue(out.text().contains(option), "help should describe " + option);
        }
        assertTrue(out.text().startsWith(InviteUrlTool.USAGE), out.text());
        assertEquals("", err.text());
    }

    @Test
    void printsUrlWithBothScopesAndPermissions() {
        int status = run(APPLICATION_ID, "VIEW_CHANNEL", "MESSAGE_SEND", "MESSAGE_EMBED_LINKS");

        assertEquals(0, status, err.text());
        assertEquals(List.of(URL_START + "&scope=applications.commands+bot&permissions=19456"), out.lines());
        assertEquals("", err.text());
    }

    @Test
    void printsUrlWithoutPermissionsWhenNoneGiven() {
        run(APPLICATION_ID);

        assertEquals(List.of(URL_START + "&scope=applications.commands+bot"), out.lines());
    }

    @Test
    void acceptsDisplayNamesAndAnyCase() {
        run(APPLICATION_ID, "Send Messages", "view-channel", "embed_links");

        assertEquals(List.of(URL_START + "&scope=applications.commands+bot&permissions=19456"), out.lines());
    }

    @Test
    void noCommandsLeavesOnlyBotScope() {
        run("--no-commands", APPLICATION_ID, "MESSAGE_SEND");

        assertEquals(List.of(URL_START + "&scope=bot&permissions=2048"), out.lines());
    }

    @Test
    void guildOptionsAddGuildParameters() {
        run("--guild=1300000000000000777", "--lock-guild", APPLICATION_ID);

        assertEquals(List.of(URL_START + "&scope=applications.commands+bot&guild_id=1300000000000000777"
                + "&disable_guild_select=true"), out.lines());
    }

    @Test
    void misspeltPermissionSuggestsNearestName() {
        int status = run(APPLICATION_ID, "MESAGE_SEND");

        assertEquals(2, status);
        assertOneErrorLine();
        assertTrue(err.text().startsWith("Unknown permission \"MESAGE_SEND\". Did you mean MESSAGE_SEND"),
                err.text());
    }

    @Test
    void misspeltDisplayNameSuggestsJdaName() {
        run(APPLICATION_ID, "SEND_MESAGES");

        assertOneErrorLine();
        assertTrue(err.text().contains("Did you mean MESSAGE_SEND"), err.text());
    }

    @Test
    void unrelatedPermissionNamePointsToList() {
        run(APPLICATION_ID, "MAKE_COFFEE_FOR_EVERYONE");

        assertOneErrorLine();
        assertFalse(err.text().contains("Did you mean"), err.text());
        assertTrue(err.text().contains("--list-permissions"), err.text());
    }

    @Test
    void administratorPrintsWarningToStandardError() {
        int status = run(APPLICATION_ID, "ADMINISTRATOR");

        assertEquals(0, status);
        assertEquals(List.of(URL_START + "&scope=applications.commands+bot&permissions=8"), out.lines());
        assertTrue(err.lines().get(0).startsWith("Warning: Administrator grants every permission"), err.text());
    }

    @Test
    void twoFactorPermissionPrintsWarningToStandardError() {
        run(APPLICATION_ID, "KICK_MEMBERS");

        assertEquals(1, err.lines().size(), err.text());
        assertTrue(err.text().contains("two-factor authentication"), err.text());
    }

    @Test
    void ordinaryPermissionsPrintNoWarning() {
        run(APPLICATION_ID, "MESSAGE_SEND");

        assertEquals("", err.text());
    }

    @Test
    void missingApplicationIdPrintsUsage() {
        int status = run();

        assertEquals(2, status);
        assertOneErrorLine();
        assertTrue(err.text().startsWith("Missing APPLICATION_ID."), err.text());
    }

    @Test
    void invalidApplicationIdPrintsOneLine() {
        int status = run("my-bot", "MESSAGE_SEND");

        assertEquals(2, status);
        assertOneErrorLine();
        assertTrue(err.text().contains("Application ID"), err.text());
    }

    @Test
    void unknownOptionSuggestsNearest() {
        int status = run("--gild=1300000000000000777", APPLICATION_ID);

        assertEquals(2, status);
        assertOneErrorLine();
        assertEquals("Unknown option \"--gild\". Did you mean --guild? Run with --help to see the options.",
                err.lines().get(0));
    }

    @Test
    void guildWithoutValuePrintsOneLine() {
        run("--guild", APPLICATION_ID);

        assertOneErrorLine();
        assertTrue(err.text().contains("--guild=ID"), err.text());
    }

    @Test
    void invalidGuildIdPrintsOneLine() {
        int status = run("--guild=my-server", APPLICATION_ID);

        assertEquals(2, status);
        assertOneErrorLine();
    }

    @Test
    void lockGuildWithoutGuildPrintsOneLine() {
        run("--lock-guild", APPLICATION_ID);

        assertOneErrorLine();
        assertTrue(err.text().startsWith("Option --lock-guild needs --guild=ID"), err.text());
    }

    @Test
    void listPermissionsShowsDisplayNames() {
        int status = run("--list-permissions");

        assertEquals(0, status);
        assertTrue(out.lines().contains("MESSAGE_SEND (Send Messages)"), out.text());
        assertFalse(out.text().contains("UNKNOWN"), "the placeholder constant UNKNOWN is not a permission");
    }
}
