package dev.jdaguide.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.jdaguide.standin.ConsoleCapture;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class TokenExampleTests {

    private final ConsoleCapture errors = new ConsoleCapture();
    private final ListAppender<ILoggingEvent> logLines = new ListAppender<>();
    private final Logger exampleLogger = (Logger) LoggerFactory.getLogger(TokenExample.class);

    @BeforeEach
    void captureLog() {
        logLines.start();
        exampleLogger.addAppender(logLines);
    }

    @AfterEach
    void releaseLog() {
        exampleLogger.detachAppender(logLines);
    }

    private String errorOutput() {
        return errors.text();
    }

    @Test
    void exitsWithStatusOneWhenTokenIsMissing() {
        assertEquals(1, TokenExample.run(name -> null, errors.stream()));
    }

    @Test
    void printsOneLineWhenTokenIsMissing() {
        TokenExample.run(name -> null, errors.stream());

        assertEquals(1, errorOutput().lines().count(), errorOutput());
        assertTrue(errorOutput().startsWith("DISCORD_TOKEN is not set."), errorOutput());
    }

    @Test
    void printsNoStackTraceForMalformedToken() {
        TokenExample.run(Map.of("DISCORD_TOKEN", "Bot " + FakeTokens.wellFormed())::get, errors.stream());

        assertFalse(errorOutput().contains("Exception"), errorOutput());
        assertFalse(errorOutput().contains("\tat "), errorOutput());
    }

    @Test
    void errorOutputLeavesOutTheToken() {
        String token = FakeTokens.wellFormed();

        TokenExample.run(Map.of("DISCORD_TOKEN", "'" + token + "'")::get, errors.stream());

        assertFalse(errorOutput().contains(token), errorOutput());
    }

    @Test
    void exitsWithStatusZeroForWellFormedToken() {
        assertEquals(0, TokenExample.run(Map.of("DISCORD_TOKEN", FakeTokens.wellFormed())::get, errors.stream()));
    }

    @Test
    void logsBotUserIdForWellFormedToken() {
        TokenExample.run(Map.of("DISCORD_TOKEN", FakeTokens.wellFormed())::get, errors.stream());

        assertEquals(1, logLines.list.size());
        String line = logLines.list.get(0).getFormattedMessage();
        assertTrue(line.contains(Long.toString(FakeTokens.BOT_USER_ID)), line);
    }

    @Test
    void logLeavesOutTheToken() {
        String token = FakeTokens.wellFormed();

        TokenExample.run(Map.of("DISCORD_TOKEN", token)::get, errors.stream());

        for (ILoggingEvent event : logLines.list) {
            String line = event.getFormattedMessage();
            assertFalse(line.contains(token.substring(token.indexOf('.'))), line);
        }
    }
}
