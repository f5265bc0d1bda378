package dev.jdaguide.tokensafety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdaguide.standin.ConsoleCapture;
import dev.jdaguide.standin.DiscordStandIn;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class TokenSafetyExampleTests {

    @TempDir
    Path folder;

    private final ConsoleCapture out = new ConsoleCapture();
    private final ConsoleCapture err = new ConsoleCapture();

    @RegisterExtension
    final DiscordStandIn standIn = DiscordStandIn.forEachTest();

    @Test
    void logsInWithTokenFromDotEnv() throws Exception {
        Path dotEnv = Files.writeString(folder.resolve(".env"), "DISCORD_TOKEN=" + standIn.validToken() + "\n");

        int status = TokenSafetyExample.run(name -> null, dotEnv, standIn::connect, out.stream(), err.stream());

        assertEquals(0, status, err.text());
        assertEquals(List.of("Logged in as " + DiscordStandIn.BOT_NAME), out.lines());
    }

    @Test
    void missingTokenPrintsOneLine() throws Exception {
        int status = TokenSafetyExample.run(name -> null, folder.resolve(".env"), standIn::connect, out.stream(),
                err.stream());

        assertEquals(1, status);
        assertEquals(1, err.lines().size(), err.text());
        assertTrue(standIn.requests().isEmpty(), "nothing should reach Discord without a token");
    }

    @Test
    void folderNamedDotEnvPrintsOneLine() throws Exception {
        Path dotEnv = Files.createDirectory(folder.resolve(".env"));

        int status = TokenSafetyExample.run(name -> null, dotEnv, standIn::connect, out.stream(), err.stream());

        assertEquals(1, status);
        assertEquals(1, err.lines().size(), err.text());
    }

    @Test
    void rejectedTokenFromDotEnvIsNotPrinted() throws Exception {
        Path dotEnv = Files.writeString(folder.resolve(".env"), "DISCORD_TOKEN=" + standIn.rejectedToken());

        int status = TokenSafetyExample.run(name -> null, dotEnv, standIn::connect, out.stream(), err.stream());

        assertEquals(1, status);
        assertEquals(1, err.lines().size(), err.text());
        assertFalse(err.text().contains(standIn.rejectedToken()), "the error line must not contain the token");
    }
}
