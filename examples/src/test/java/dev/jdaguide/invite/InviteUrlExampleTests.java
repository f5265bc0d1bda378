package dev.jdaguide.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class InviteUrlExampleTests {

    private final ByteArrayOutputStream outputBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errorBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outputBytes, true, StandardCharsets.UTF_8);
    private final PrintStream errors = new PrintStream(errorBytes, true, StandardCharsets.UTF_8);
    private final ListAppender<ILoggingEvent> logLines = new ListAppender<>();
    private final Logger exampleLogger = (Logger) LoggerFactory.getLogger(InviteUrlExample.class);

    @BeforeEach
    void captureLog() {
        logLines.start();
        exampleLogger.addAppender(logLines);
    }

    @AfterEach
    void releaseLog() {
        exampleLogger.detachAppender(logLines);
    }

    private int run(String... args) {
        return InviteUrlExample.run(args, out, errors);
    }

    private String output() {
        return outputBytes.toString(StandardCharsets.UTF_8);
    }

    private String errorOutput() {
        return errorBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printsUrlWithCommandsScope() {
        assertEquals(0, run("123456789012345678", "VIEW_CHANNEL", "MESSAGE_SEND", "MESSAGE_EMBED_LINKS"));
        assertEquals("https://discord.com/oauth2/authorize?client_id=123456789012345678"
                + "&scope=applications.commands+bot&permissions=19456" + System.lineSeparator(), output());
    }

    @Test
    void acceptsLowerCasePermissionNames() {
        run("123456789012345678", "message_send");

        assertTrue(output().contains("&permissions=2048"), output());
    }

    @Test
    void leavesOutPermissionsWhenNoneGiven() {
        run("123456789012345678");

        assertTrue(output().strip().endsWith("&scope=applications.commands+bot"), output());
    }

    @Test
    void logsWarningForAdministrator() {
        run("123456789012345678", "ADMINISTRATOR");

        assertEquals(2, logLines.list.size());
        assertEquals(Level.WARN, logLines.list.get(0).getLevel());
        assertTrue(logLines.list.get(0).getFormattedMessage().startsWith("Administrator grants every permission"));
    }

    @Test
    void usageWithoutArguments() {
        assertEquals(2, run());
        assertTrue(errorOutput().startsWith("Usage: InviteUrlExample APPLICATION_ID"), errorOutput());
    }

    @Test
    void invalidIdExitsWithStatusTwo() {
        assertEquals(2, run("my-bot"));
        assertEquals(1, errorOutput().lines().count(), errorOutput());
        assertTrue(errorOutput().startsWith("Application ID \"my-bot\" is invalid"), errorOutput());
        assertEquals("", output());
    }

    @Test
    void unknownPermissionExitsWithStatusTwo() {
        assertEquals(2, run("123456789012345678", "SEND_MESSAGES"));
        assertEquals(1, errorOutput().lines().count(), errorOutput());
        assertTrue(errorOutput().startsWith("Permission \"SEND_MESSAGES\" is not a JDA Permission constant."),
                errorOutput());
    }

    @Test
    void unknownConstantIsRejected() {
        assertEquals(2, run("123456789012345678", "UNKNOWN"));
    }
}
