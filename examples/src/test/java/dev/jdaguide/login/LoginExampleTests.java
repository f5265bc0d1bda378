package dev.jdaguide.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.jdaguide.standin.ConsoleCapture;
import dev.jdaguide.standin.DiscordStandIn;
import dev.jdaguide.token.BotToken;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.requests.GatewayIntent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

class LoginExampleTests {

    private final ConsoleCapture out = new ConsoleCapture();
    private final ConsoleCapture err = new ConsoleCapture();

    @RegisterExtension
    final DiscordStandIn standIn = DiscordStandIn.forEachTest();

    private int runWithToken(String token) throws InterruptedException {
        Function<String, String> environment = Map.of("DISCORD_TOKEN", token)::get;
        return LoginExample.run(environment, standIn::connect, out.stream(), err.stream());
    }

    @Test
    void validTokenLogsInAndExitsCleanly() throws Exception {
        int status = runWithToken(standIn.validToken());

        assertEquals(0, status, err.text());
        assertEquals(List.of("Logged in as " + DiscordStandIn.BOT_NAME), out.lines());
        assertEquals("", err.text());
        assertEquals(1, standIn.identifyPayloads().size(), "the example should have identified on the gateway");
    }

    @Test
    void validTokenIdentifiesWithoutOptionalIntents() throws Exception {
        runWithToken(standIn.validToken());

        // JDA 6.5.0 always sets bit 0, Discord's GUILDS intent, which has no GatewayIntent constant.
        int intents = standIn.identifyPayloads().get(0).getInt("intents");
        assertEquals(1, intents);
        assertEquals(EnumSet.noneOf(GatewayIntent.class), GatewayIntent.getIntents(intents));
    }

    @Test
    void defaultBuilderReachesReady() throws Exception {
        BotToken token = BotToken.parse(standIn.validToken(), "test token");
        JDA jda = standIn.connect(LoginExample.createDefaultBuilder(token)).build();
        try {
            jda.awaitReady();

            assertEquals(JDA.Status.CONNECTED, jda.getStatus());
            int raw = standIn.identifyPayloads().get(0).getInt("intents");
            EnumSet<GatewayIntent> intents = GatewayIntent.getIntents(raw);
            assertFalse(intents.contains(GatewayIntent.GUILD_VOICE_STATES), intents.toString());
            assertTrue(intents.contains(GatewayIntent.GUILD_MESSAGES), intents.toString());
            assertFalse(intents.contains(GatewayIntent.MESSAGE_CONTENT), "createDefault asks for no privileged intent");
        } finally {
            LoginExample.shutDown(jda);
        }
    }

    @Test
    void shutDownEndsInShutdownStatus() throws Exception {
        BotToken token = BotToken.parse(standIn.validToken(), "test token");
        JDA jda = standIn.connect(LoginExample.createBuilder(token)).build().awaitReady();

        LoginExample.shutDown(jda);

        assertEquals(JDA.Status.SHUTDOWN, jda.getStatus());
    }

    @Test
    void rejectedTokenPrintsOneLineAboutResetting() throws Exception {
        int status = runWithToken(standIn.rejectedToken());

        assertEquals(1, status);
        assertEquals(List.of(LoginExample.REJECTED_TOKEN_MESSAGE), err.lines());
        assertTrue(err.text().contains("Reset the token on the Bot page"), err.text());
        assertEquals("", out.text());
    }

    @Test
    void rejectedTokenIsNotPrinted() throws Exception {
        runWithToken(standIn.rejectedToken());

        assertFalse(err.text().contains(standIn.rejectedToken()), "the error line must not contain the token");
        assertFalse(out.text().contains(standIn.rejectedToken()), "standard output must not contain the token");
    }

    @Test
    void rejectedTokenIsNotLogged() throws Exception {
        Logger jdaLog = (Logger) LoggerFactory.getLogger("net.dv8tion.jda");
        ListAppender<ILoggingEvent> logLines = new ListAppender<>();
        logLines.start();
        jdaLog.addAppender(logLines);
        try {
            runWithToken(standIn.rejectedToken());
        } finally {
            jdaLog.detachAppender(logLines);
        }

        for (ILoggingEvent event : logLines.list) {
            assertFalse(event.getFormattedMessage().contains(standIn.rejectedToken()), "JDA logged the token");
        }
    }

    @Test
    void missingTokenPrintsOneLineNamingTheVariable() throws Exception {
        int status = LoginExample.run(name -> null, standIn::connect, out.stream(), err.stream());

        assertEquals(1, status);
        assertEquals(1, err.lines().size(), err.text());
        assertTrue(err.text().contains("DISCORD_TOKEN is not set"), err.text());
        assertTrue(standIn.requests().isEmpty(), "nothing should reach Discord without a token");
    }

    @Test
    void applicationIdAsTokenPrintsOneLine() throws Exception {
        int status = runWithToken(DiscordStandIn.APPLICATION_ID);

        assertEquals(1, status);
        assertEquals(1, err.lines().size(), err.text());
        assertTrue(err.text().contains("Application ID"), err.text());
        assertFalse(err.text().contains(DiscordStandIn.APPLICATION_ID), "the error line must not echo the value");
    }
}
