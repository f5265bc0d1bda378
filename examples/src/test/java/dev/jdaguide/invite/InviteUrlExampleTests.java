package dev.jdaguide.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.jdaguide.standin.ConsoleCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class InviteUrlExampleTests {

    private final ConsoleCapture out = new ConsoleCapture();
    private final ConsoleCapture errors = new ConsoleCapture();
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
        return InviteUrlExample.run(args, out.stream(), errors.stream());
    }

    private String output() {
        return out.text();
    }

    private String errorOutput() {
        return errors.text();
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
