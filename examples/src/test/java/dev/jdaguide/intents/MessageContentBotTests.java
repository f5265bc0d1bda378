package dev.jdaguide.intents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.jdaguide.login.LoginExample;
import dev.jdaguide.standin.ConsoleCapture;
import dev.jdaguide.standin.DiscordStandIn;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class MessageContentBotTests {

    private final ConsoleCapture out = new ConsoleCapture();
    private final ConsoleCapture err = new ConsoleCapture();
    private DiscordStandIn standIn;
    private JDA jda;

    @AfterEach
    void stopBotAndStandIn() throws Exception {
        if (jda != null) {
            LoginExample.shutDown(jda);
        }
        standIn.close();
    }

    private JDA start() throws InterruptedException {
        Function<String, String> environment = Map.of("DISCORD_TOKEN", standIn.validToken())::get;
        jda = MessageContentBot.start(environment, standIn::connect, out.stream(), err.stream());
        return jda;
    }

    @Test
    void enabledMessageContentIntentReachesReady() throws Exception {
        standIn = DiscordStandIn.start(GatewayIntent.MESSAGE_CONTENT);

        assertNotNull(start(), err.text());

        assertEquals(List.of("Logged in as " + DiscordStandIn.BOT_NAME + "; answering !ping."), out.lines());
    }

    @Test
    void identifyAsksForMessageContent() throws Exception {
        standIn = DiscordStandIn.start(GatewayIntent.MESSAGE_CONTENT);

        start();

        int intents = standIn.identifyPayloads().get(0).getInt("intents");
        assertTrue(GatewayIntent.getIntents(intents).contains(GatewayIntent.MESSAGE_CONTENT), "intents " + intents);
        assertTrue(GatewayIntent.getIntents(intents).contains(GatewayIntent.GUILD_MESSAGES), "intents " + intents);
    }

    @Test
    void disallowedIntentPrintsOneLineAboutTheToggle() throws Exception {
        standIn = DiscordStandIn.start();

        assertNull(start());

        assertEquals(List.of(MessageContentBot.DISALLOWED_INTENTS_MESSAGE), err.lines());
        assertEquals("", out.text());
    }

    @Test
    void disallowedIntentLogsJdaMeaning() throws Exception {
        standIn = DiscordStandIn.start();
        Logger webSocketLog = (Logger) LoggerFactory.getLogger("net.dv8tion.jda.internal.requests.WebSocketClient");
        ListAppender<ILoggingEvent> logLines = new ListAppender<>();
        logLines.start();
        webSocketLog.addAppender(logLines);
        try {
            start();
        } finally {
            webSocketLog.detachAppender(logLines);
        }

        // The troubleshooting page quotes these two lines.
        List<String> messages = logLines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        assertTrue(messages.contains("WebSocket connection was closed and cannot be recovered due to identification"
                + " issues\nCloseCode[DISALLOWED_INTENTS](code=4014, meaning=Disallowed intents. Your bot might not"
                + " be eligible to request a privileged intent such as GUILD_PRESENCES, MESSAGE_CONTENT, or"
                + " GUILD_MEMBERS.)"),
                messages.toString());
    }

    @Test
    void rejectedTokenPrintsOneLine() throws Exception {
        standIn = DiscordStandIn.start(GatewayIntent.MESSAGE_CONTENT);
        Function<String, String> environment = Map.of("DISCORD_TOKEN", standIn.rejectedToken())::get;

        assertNull(MessageContentBot.start(environment, standIn::connect, out.stream(), err.stream()));

        assertEquals(List.of(LoginExample.REJECTED_TOKEN_MESSAGE), err.lines());
    }

    @Test
    void missingTokenPrintsOneLine() throws Exception {
        standIn = DiscordStandIn.start();

        assertNull(MessageContentBot.start(name -> null, standIn::connect, out.stream(), err.stream()));

        assertEquals(1, err.lines().size(), err.text());
        assertTrue(err.text().contains("DISCORD_TOKEN is not set"), err.text());
    }
}
