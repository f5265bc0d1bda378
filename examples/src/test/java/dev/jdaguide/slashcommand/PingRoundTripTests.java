package dev.jdaguide.slashcommand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdaguide.login.LoginExample;
import dev.jdaguide.standin.ConsoleCapture;
import dev.jdaguide.standin.DiscordStandIn;
import dev.jdaguide.standin.RecordedRequest;
import dev.jdaguide.standin.StandInInteraction;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Message.MessageFlag;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs {@code /ping} end to end: the real bot logs in to the stand-in, receives the command and replies. */
class PingRoundTripTests {

    /** Discord's interaction response type 4, CHANNEL_MESSAGE_WITH_SOURCE: a reply message shown under the command. */
    private static final int CHANNEL_MESSAGE_WITH_SOURCE = 4;
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(10);

    private final ConsoleCapture out = new ConsoleCapture();
    private final ConsoleCapture err = new ConsoleCapture();
    private DiscordStandIn standIn;
    private JDA jda;

    @BeforeEach
    void startBot() throws Exception {
        standIn = DiscordStandIn.start();
        Map<String, String> environment = Map.of(
                "DISCORD_TOKEN", standIn.validToken(),
                "DISCORD_GUILD_ID", DiscordStandIn.GUILD_ID);
        jda = SlashCommandBot.start(environment::get, standIn::connect, out.stream(), err.stream());
        assertNotNull(jda, "the bot did not start: " + err.text());
    }

    @AfterEach
    void stopBotAndStandIn() throws Exception {
        if (jda != null) {
            LoginExample.shutDown(jda);
        }
        standIn.close();
    }

    @Test
    void pingCommandRepliesThroughDiscord() throws Exception {
        StandInInteraction interaction = standIn.dispatchSlashCommand("ping");

        RecordedRequest callback = awaitCallback(interaction);
        DataObject response = DataObject.fromJson(callback.body());
        assertEquals(CHANNEL_MESSAGE_WITH_SOURCE, response.getInt("type"), callback.body());
        DataObject message = response.getObject("data");
        // JDA sends its first heartbeat on connect and the next after the stand-in's 41-second heartbeat interval, so
        // the gateway ping that the listener read is still the current one.
        assertEquals("Pong! Gateway ping: " + jda.getGatewayPing() + " ms", message.getString("content"),
                callback.body());
        assertEquals(0, message.getInt("flags", 0) & MessageFlag.EPHEMERAL.getValue(),
                "the reply must be visible to everyone in the channel, not ephemeral: " + callback.body());
    }

    @Test
    void pingCommandRepliesOnce() throws Exception {
        StandInInteraction interaction = standIn.dispatchSlashCommand("ping");

        awaitCallback(interaction);
        List<String> callbacks = requestLines().stream()
                .filter(line -> line.startsWith("POST interactions/"))
                .toList();
        assertEquals(List.of("POST " + interaction.callbackPath()), callbacks, requestLines().toString());
    }

    private RecordedRequest awaitCallback(StandInInteraction interaction) throws InterruptedException {
        String expectedLine = "POST " + interaction.callbackPath();
        Optional<RecordedRequest> callback = standIn.awaitRequest(
                request -> request.line().equals(expectedLine), REPLY_TIMEOUT);
        assertTrue(callback.isPresent(), "expected " + expectedLine + " within " + REPLY_TIMEOUT.toSeconds()
                + " seconds in " + requestLines());
        return callback.get();
    }

    private List<String> requestLines() {
        return standIn.requests().stream().map(RecordedRequest::line).toList();
    }
}
