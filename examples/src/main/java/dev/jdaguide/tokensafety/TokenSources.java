package dev.jdaguide.tokensafety;

import dev.jdaguide.token.BotToken;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Finds the bot token outside the source code: in the {@code DISCORD_TOKEN} environment variable, or else in a
 * {@code .env} file that git ignores.
 */
public final class TokenSources {

    /** The local file read when the environment variable is not set; the project's .gitignore lists it. */
    public static final String DOT_ENV = ".env";

    private TokenSources() {
    }

    // tag::read-token[]
    /**
     * Reads the token from the environment, or from {@code dotEnv} when the variable is not set.
     *
     * @throws TokenSourceException if neither has the token or the file is malformed
     * @throws dev.jdaguide.token.BotTokenException if the value found is not a bot token
     */
    public static BotToken read(Function<String, String> environment, Path dotEnv) {
        String fromEnvironment = environment.apply(BotToken.TOKEN_VARIABLE);
        if (fromEnvironment != null) {
            return BotToken.parse(fromEnvironment, BotToken.TOKEN_VARIABLE);
        }
        if (!Files.isRegularFile(dotEnv)) {
            throw new TokenSourceException(BotToken.TOKEN_VARIABLE + " is not set and there is no " + DOT_ENV
                    + " file at " + dotEnv.toAbsolutePath() + ". Set the variable, or create that file with the line "
                    + BotToken.TOKEN_VARIABLE + "=your-token, using the token from Reset Token on the Bot page.");
        }
        DotEnvFile file = DotEnvFile.read(dotEnv);
        String fromFile = file.get(BotToken.TOKEN_VARIABLE).orElseThrow(() -> new TokenSourceException(
                dotEnv.toAbsolutePath() + " has no " + BotToken.TOKEN_VARIABLE + " line. Add the line "
                        + BotToken.TOKEN_VARIABLE + "=your-token, using the token from Reset Token on the Bot page."));
        return BotToken.parse(fromFile, BotToken.TOKEN_VARIABLE + " in " + dotEnv.toAbsolutePath());
    }
    // end::read-token[]
}
