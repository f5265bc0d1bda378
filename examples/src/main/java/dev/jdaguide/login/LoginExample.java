package dev.jdaguide.login;

import dev.jdaguide.token.BotToken;
import dev.jdaguide.token.BotTokenException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.EnumSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.utils.MemberCachePolicy;
import net.dv8tion.jda.api.utils.cache.CacheFlag;

/**
 * Logs in with the token from {@code DISCORD_TOKEN}, waits until the connection is ready, prints the bot's name and
 * shuts down cleanly.
 *
 * <p>Each step is a method, so tests can run the same code against a stand-in for Discord.
 */
public final class LoginExample {

    // tag::rejected-token-message[]
    /** The one line printed when Discord rejects the login with HTTP 401. It never contains the token. */
    public static final String REJECTED_TOKEN_MESSAGE = "Discord rejected the token in DISCORD_TOKEN"
            + " (401 Unauthorized). Reset the token on the Bot page of your application in the Discord Developer"
            + " Portal, then set DISCORD_TOKEN to the new token.";
    // end::rejected-token-message[]

    private LoginExample() {
    }

    public static void main(String[] args) throws InterruptedException {
        System.exit(run(System::getenv, UnaryOperator.identity(), System.out, System.err));
    }

    /**
     * Reads the token, logs in, reports the bot's name and shuts down.
     *
     * @param environment looks up environment variables, {@code System::getenv} outside tests
     * @param connection changes where the builder connects, and outside tests leaves the builder as it is
     * @return 0 after a clean shutdown, 1 when the token is missing or malformed or Discord rejected it
     */
    static int run(Function<String, String> environment, UnaryOperator<JDABuilder> connection, PrintStream out,
            PrintStream err) throws InterruptedException {
        // tag::read-token[]
        BotToken token;
        try {
            token = BotToken.fromEnvironment(environment);
        } catch (BotTokenException e) {
            err.println(e.getMessage()); // one line that names the mistake, never the token
            return 1;
        }
        // end::read-token[]
        return logInAndShutDown(connection.apply(createBuilder(token)), out, err);
    }

    // tag::create-light[]
    /** Creates a builder that requests no optional gateway intents and caches nothing beyond the bot's servers. */
    public static JDABuilder createBuilder(BotToken token) {
        return JDABuilder.createLight(token.value(), EnumSet.noneOf(GatewayIntent.class));
    }
    // end::create-light[]

    // tag::create-default[]
    /** Creates a builder with JDA's default intents, leaving out voice and scheduled events, which this bot ignores. */
    static JDABuilder createDefaultBuilder(BotToken token) {
        return JDABuilder.createDefault(token.value())
                .disableIntents(GatewayIntent.GUILD_VOICE_STATES, GatewayIntent.SCHEDULED_EVENTS) // <1>
                .disableCache(CacheFlag.VOICE_STATE, CacheFlag.SCHEDULED_EVENTS) // <2>
                .setMemberCachePolicy(MemberCachePolicy.OWNER); // <3>
    }
    // end::create-default[]

    /** Logs in, reports the bot's name and shuts down, returning the exit status that {@link #run} describes. */
    public static int logInAndShutDown(JDABuilder builder, PrintStream out, PrintStream err)
            throws InterruptedException {
        // tag::log-in[]
        JDA jda;
        try {
            jda = builder.build(); // <1>
        } catch (InvalidTokenException e) {
            err.println(REJECTED_TOKEN_MESSAGE); // <2>
            return 1;
        }
        jda.awaitReady(); // <3>
        out.println("Logged in as " + jda.getSelfUser().getName());
        // end::log-in[]

        shutDown(jda);
        return 0;
    }

    // tag::shut-down[]
    /** Closes the gateway connection and waits for queued requests, giving up on them after ten seconds. */
    public static void shutDown(JDA jda) throws InterruptedException {
        jda.shutdown(); // <1>
        if (!jda.awaitShutdown(Duration.ofSeconds(10))) { // <2>
            jda.shutdownNow(); // <3>
            jda.awaitShutdown();
        }
    }
    // end::shut-down[]
}
