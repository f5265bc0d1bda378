package dev.jdaguide.tokensafety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdaguide.standin.FakeTokens;
import dev.jdaguide.token.BotTokenException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenSourcesTests {

    private static final Function<String, String> EMPTY_ENVIRONMENT = name -> null;

    @TempDir
    Path folder;

    private final String token = FakeTokens.forBot("1300000000000000042", 'a');

    private Path dotEnv(String... lines) throws IOException {
        return Files.write(folder.resolve(".env"), java.util.List.of(lines));
    }

    @Test
    void environmentVariableWins() throws IOException {
        Path file = dotEnv("DISCORD_TOKEN=" + FakeTokens.forBot("1300000000000000042", 'b'));

        assertEquals(token, TokenSources.read(Map.of("DISCORD_TOKEN", token)::get, file).value());
    }

    @Test
    void readsTokenFromDotEnv() throws IOException {
        Path file = dotEnv("# local secrets, never committed", "", "DISCORD_TOKEN=" + token);

        assertEquals(token, TokenSources.read(EMPTY_ENVIRONMENT, file).value());
    }

    @Test
    void acceptsExportPrefixAndQuotes() throws IOException {
        Path file = dotEnv("export DISCORD_TOKEN=\"" + token + "\"");

        assertEquals(token, TokenSources.read(EMPTY_ENVIRONMENT, file).value());
    }

    @Test
    void missingEverywhereNamesVariableAndFile() {
        Path file = folder.resolve(".env");

        TokenSourceException e = assertThrows(TokenSourceException.class,
                () -> TokenSources.read(EMPTY_ENVIRONMENT, file));

        assertTrue(e.getMessage().startsWith("DISCORD_TOKEN is not set and there is no .env file at " + file),
                e.getMessage());
    }

    @Test
    void dotEnvWithoutTokenNamesFix() throws IOException {
        Path file = dotEnv("DISCORD_GUILD_ID=1300000000000000777");

        TokenSourceException e = assertThrows(TokenSourceException.class,
                () -> TokenSources.read(EMPTY_ENVIRONMENT, file));

        assertEquals(file + " has no DISCORD_TOKEN line. Add the line DISCORD_TOKEN=your-token, using the token"
                + " from Reset Token on the Bot page.", e.getMessage());
    }

    @Test
    void malformedLineNamesLineNumberWithoutContent() throws IOException {
        Path file = dotEnv("# comment", token);

        TokenSourceException e = assertThrows(TokenSourceException.class,
                () -> TokenSources.read(EMPTY_ENVIRONMENT, file));

        assertTrue(e.getMessage().startsWith("Line 2 of " + file + " is not NAME=value."), e.getMessage());
        assertFalse(e.getMessage().contains(token), "the message must not repeat the line, which holds a token");
    }

    @Test
    void duplicateTokenLinesAreRejected() throws IOException {
        Path file = dotEnv("DISCORD_TOKEN=" + token, "DISCORD_TOKEN=" + token);

        TokenSourceException e = assertThrows(TokenSourceException.class,
                () -> TokenSources.read(EMPTY_ENVIRONMENT, file));

        assertEquals(file + " sets DISCORD_TOKEN twice, on lines 1 and 2. Keep one of them.", e.getMessage());
    }

    @Test
    void clientSecretInDotEnvNamesTheFile() throws IOException {
        Path file = dotEnv("DISCORD_TOKEN=" + "abcdefghijklmnop" + "qrstuvwxyzABCDEF");

        BotTokenException e = assertThrows(BotTokenException.class,
                () -> TokenSources.read(EMPTY_ENVIRONMENT, file));

        assertEquals(BotTokenException.Reason.CLIENT_SECRET, e.reason());
        assertTrue(e.getMessage().startsWith("DISCORD_TOKEN in " + file), e.getMessage());
    }

    @Test
    void gitIgnoreListsDotEnv() throws IOException {
        // Tests run in the examples module; the project's .gitignore is one folder up.
        Path gitIgnore = Path.of("..", ".gitignore");

        assertTrue(Files.readAllLines(gitIgnore).contains(TokenSources.DOT_ENV),
                ".gitignore must list " + TokenSources.DOT_ENV + " so a local token file is never committed");
    }
}
