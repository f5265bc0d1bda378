package dev.jdaguide.token;

import java.io.PrintStream;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the bot token from {@code DISCORD_TOKEN} and reports whether it has the shape of a bot token.
 *
 * <p>Exits with status 1 and one line on standard error when the token is missing or mistyped.
 */
public final class TokenExample {

    private static final Logger LOG = LoggerFactory.getLogger(TokenExample.class);

    private TokenExample() {
    }

    public static void main(String[] args) {
        int status = run(System::getenv, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the example against the given environment and returns the process exit status. */
    static int run(Function<String, String> environment, PrintStream errors) {
        // tag::check-token[]
        BotToken token;
        try {
            token = BotToken.fromEnvironment(environment); // <1>
        } catch (BotTokenException e) {
            errors.println(e.getMessage()); // <2>
            return 1;
        }
        LOG.info("DISCORD_TOKEN has the shape of a bot token: {}", token); // <3>
        // end::check-token[]
        return 0;
    }
}
