package dev.jdaguide.slashcommand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdaguide.login.LoginExample;
import dev.jdaguide.standin.ConsoleCapture;
import dev.jdaguide.standin.DiscordStandIn;
import dev.jdaguide.standin.RecordedRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.data.DataArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SlashCommandBotTests {

    private static final String GLOBAL_COMMANDS = "PUT applications/" + DiscordStandIn.APPLICATION_ID + "/commands";
    private static final String GUILD_COMMANDS = "PUT applications/" + DiscordStandIn.APPLICATION_ID + "/guilds/"
            + DiscordStandIn.GUILD_ID + "/commands";

    private final ConsoleCapture out = new ConsoleCapture();
    private final ConsoleCapture err = new ConsoleCapture();
    private final Map<String, String> environment = new HashMap<>();
    private DiscordStandIn standIn;
    private JDA jda;

    @BeforeEach
    void startStandIn() throws Exception {
        standIn = DiscordStandIn.start();
        environment.put("DISCORD_TOKEN", standIn.validToken());
    }

    @AfterEach
    void stopBotAndStandIn() throws Exception {
        if (jda != null) {
            LoginExample.shutDown(jda);
        }
        standIn.close();
    }

    private JDA start() throws InterruptedException {
        jda = SlashCommandBot.start(environment::get, standIn::connect, out.stream(), err.stream());
        return jda;
    }

    private List<String> requestLines() {
        return standIn.requests().stream().map(RecordedRequest::line).toList();
    }

    private RecordedRequest onlyRequest(String line) {
        List<RecordedRequest> matches = standIn.requests().stream().filter(r -> r.line().equals(line)).toList();
        assertEquals(1, matches.size(), "expected one " + line + " in " + requestLines());
        return matches.get(0);
    }

    @Test
    void withoutGuildIdRegistersGlobally() throws Exception {
        assertNotNull(start(), err.text());

        assertTrue(requestLines().contains(GLOBAL_COMMANDS), requestLines().toString());
        assertFalse(requestLines().contains(GUILD_COMMANDS), requestLines().toString());
    }

    @Test
    void globalRegistrationSendsPingDefinition() throws Exception {
        start();

        DataArray commands = DataArray.fromJson(onlyRequest(GLOBAL_COMMANDS).body());
        assertEquals(1, commands.length());
        assertEquals("ping", commands.getObject(0).getString("name"));
        assertEquals("Checks that the bot is online", commands.getObject(0).getString("description"));
    }

    @Test
    void globalRegistrationReportsOneLine() throws Exception {
        start();

        assertEquals(List.of("Registered /ping globally."), out.lines());
    }

    @Test
    void withGuildIdRegistersInThatServer() throws Exception {
        environment.put("DISCORD_GUILD_ID", DiscordStandIn.GUILD_ID);

        assertNotNull(start(), err.text());

        assertFalse(requestLines().contains(GLOBAL_COMMANDS), requestLines().toString());
        DataArray commands = DataArray.fromJson(onlyRequest(GUILD_COMMANDS).body());
        assertEquals("ping", commands.getObject(0).getString("name"));
    }

    @Test
    void guildRegistrationReportsServerName() throws Exception {
        environment.put("DISCORD_GUILD_ID", DiscordStandIn.GUILD_ID);

        start();

        assertEquals(List.of("Registered /ping in " + DiscordStandIn.GUILD_NAME + "."), out.lines());
    }

    @Test
    void missingCommandsScopePrintsOneLine() throws Exception {
        standIn.close();
        standIn = DiscordStandIn.startWithoutCommandsScope();
        environment.put("DISCORD_TOKEN", standIn.validToken());
        environment.put("DISCORD_GUILD_ID", DiscordStandIn.GUILD_ID);

        assertNull(start());

        assertEquals(1, err.lines().size(), err.text());
        // "50001: Missing Access" is the message of JDA's ErrorResponseException, quoted on the troubleshooting page.
        assertTrue(err.text().startsWith("Discord answered 50001: Missing Access when registering /ping in "
                + DiscordStandIn.GUILD_NAME + ": the bot joined that server without the applications.commands"
                + " scope."), err.text());
    }

    @Test
    void unknownGuildPrintsOneLine() throws Exception {
        environment.put("DISCORD_GUILD_ID", "1300000000000000999");

        assertNull(start());

        assertEquals(1, err.lines().size(), err.text());
        assertTrue(err.text().contains("the bot is not in that server"), err.text());
        assertTrue(err.text().contains("applications.commands"), err.text());
    }

    @Test
    void malformedGuildIdPrintsOneLineBeforeLogin() throws Exception {
        environment.put("DISCORD_GUILD_ID", "my-server");

        assertNull(start());

        assertEquals(1, err.lines().size(), err.text());
        assertTrue(err.text().startsWith("DISCORD_GUILD_ID is 'my-server', which is not a server id"), err.text());
        assertTrue(standIn.requests().isEmpty(), "nothing should reach Discord after a bad server id");
    }

    @Test
    void tokenPastedAsGuildIdIsNotEchoed() throws Exception {
        environment.put("DISCORD_GUILD_ID", standIn.validToken());

        assertNull(start());

        assertEquals(1, err.lines().size(), err.text());
        assertFalse(err.text().contains(standIn.validToken()), "the error line must not contain the token");
    }

    @Test
    void missingTokenPrintsOneLine() throws Exception {
        environment.remove("DISCORD_TOKEN");

        assertNull(start());

        assertEquals(1, err.lines().size(), err.text());
        assertTrue(err.text().startsWith("DISCORD_TOKEN is not set"), err.text());
        assertTrue(standIn.requests().isEmpty(), "nothing should reach Discord without a token");
    }

    @Test
    void rejectedTokenPrintsOneLine() throws Exception {
        environment.put("DISCORD_TOKEN", standIn.rejectedToken());

        assertNull(start());

        assertEquals(1, err.lines().size(), err.text());
        assertTrue(err.text().contains("Reset the token on the Bot page"), err.text());
        assertFalse(err.text().contains(standIn.rejectedToken()), "the error line must not contain the token");
    }
}
