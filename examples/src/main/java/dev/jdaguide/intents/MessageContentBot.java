package dev.jdaguide.intents;

import dev.jdaguide.login.LoginExample;
import dev.jdaguide.token.BotToken;
import dev.jdaguide.token.BotTokenException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.events.session.ShutdownEvent;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.GatewayIntent;

/**
 * A bot that reads message text, so it requests the privileged MESSAGE_CONTENT intent, and explains the gateway's
 * 4014 close code when that intent is not switched on for the application.
 */
public final class MessageContentBot {

    // tag::disallowed-intents-message[]
    static final String DISALLOWED_INTENTS_MESSAGE = "Discord closed the connection with code 4014 (disallowed"
            + " intents): this bot asks for the Message Content intent, which is off for your application."
            + " Switch on Message Content Intent under Privileged Gateway Intents on the Bot page of the Discord"
            + " Developer Portal, or remove GatewayIntent.MESSAGE_CONTENT from the builder.";
    // end::disallowed-intents-message[]

    private MessageContentBot() {
    }

    public static void main(String[] args) throws InterruptedException {
        JDA jda = start(System::getenv, UnaryOperator.identity(), System.out, System.err);
        if (jda == null) {
            System.exit(1);
        }
    }

    // tag::create-builder[]
    static JDABuilder createBuilder(BotToken token, CloseCodeRecorder closeCodes) {
        return JDABuilder.createLight(token.value(), GatewayIntent.GUILD_MESSAGES, GatewayIntent.MESSAGE_CONTENT)
                .addEventListeners(new PrefixPingListener(), closeCodes);
    }
    // end::create-builder[]

    /**
     * Reads the token, logs in and waits until the connection is ready.
     *
     * @param environment looks up environment variables, {@code System::getenv} outside tests
     * @param connection changes where the builder connects, and outside tests leaves the builder as it is
     * @return the running bot, or {@code null} after printing one line about the problem to {@code err}
     */
    static JDA start(Function<String, String> environment, UnaryOperator<JDABuilder> connection, PrintStream out,
            PrintStream err) throws InterruptedException {
        BotToken token;
        try {
            token = BotToken.fromEnvironment(environment);
        } catch (BotTokenException e) {
            err.println(e.getMessage());
            return null;
        }

        CloseCodeRecorder closeCodes = new CloseCodeRecorder();
        JDA jda;
        try {
            jda = connection.apply(createBuilder(token, closeCodes)).build();
        } catch (InvalidTokenException e) {
            err.println(LoginExample.REJECTED_TOKEN_MESSAGE);
            return null;
        }

        // tag::await-ready[]
        try {
            jda.awaitReady();
        } catch (IllegalStateException shutDownWhileConnecting) {
            // awaitReady throws when the gateway closed for good before READY, and the close code gives the reason.
            CloseCode closeCode = closeCodes.await(Duration.ofSeconds(10));
            if (closeCode == CloseCode.DISALLOWED_INTENTS) {
                err.println(DISALLOWED_INTENTS_MESSAGE);
            } else {
                err.println("The gateway connection closed before the bot was ready (" + closeCode + "). See"
                        + " JDA's log lines above for the reason.");
            }
            return null;
        }
        // end::await-ready[]

        out.println("Logged in as " + jda.getSelfUser().getName() + "; answering !ping.");
        return jda;
    }

    // tag::close-code-recorder[]
    /** Receives the close code of the gateway connection when JDA shuts down. */
    static final class CloseCodeRecorder extends ListenerAdapter {

        private final CompletableFuture<Integer> code = new CompletableFuture<>();

        @Override
        public void onShutdown(ShutdownEvent event) {
            code.complete(event.getCode());
        }

        /**
         * Waits for the shutdown and returns its close code as JDA's enum, or {@code null} when JDA does not know
         * the code or no shutdown happened within {@code timeout}.
         */
        CloseCode await(Duration timeout) throws InterruptedException {
            try {
                return CloseCode.from(code.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
            } catch (ExecutionException | TimeoutException e) {
                return null;
            }
        }
    }
    // end::close-code-recorder[]
}
