package dev.jdaguide.tokensafety;

import dev.jdaguide.login.LoginExample;
import dev.jdaguide.token.BotToken;
import dev.jdaguide.token.BotTokenException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import net.dv8tion.jda.api.JDABuilder;

/**
 * Logs in with a token from the environment or from {@code .env} in the working directory, the two places a token
 * may live outside the source code.
 */
public final class TokenSafetyExample {

    private TokenSafetyExample() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path dotEnv = Path.of(TokenSources.DOT_ENV);
        System.exit(run(System::getenv, dotEnv, UnaryOperator.identity(), System.out, System.err));
    }

    /**
     * Reads the token, logs in and shuts down.
     *
     * @param environment looks up environment variables, {@code System::getenv} outside tests
     * @param dotEnv the {@code .env} file read when the variable is not set
     * @param connection changes where the builder connects, and outside tests leaves the builder as it is
     * @return 0 after a clean shutdown, 1 when no valid token was found or Discord rejected it
     */
    static int run(Function<String, String> environment, Path dotEnv, UnaryOperator<JDABuilder> connection,
            PrintStream out, PrintStream err) throws InterruptedException {
        BotToken token;
        try {
            token = TokenSources.read(environment, dotEnv);
        } catch (TokenSourceException | BotTokenException e) {
            err.println(e.getMessage());
            return 1;
        } catch (UncheckedIOException e) {
            err.println(e.getMessage() + ": " + e.getCause().getMessage() + ". Check the file's permissions.");
            return 1;
        }
        return LoginExample.logInAndShutDown(connection.apply(LoginExample.createBuilder(token)), out, err);
    }
}
