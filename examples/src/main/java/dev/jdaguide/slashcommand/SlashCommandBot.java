package dev.jdaguide.slashcommand;

import dev.jdaguide.login.LoginExample;
import dev.jdaguide.token.BotToken;
import dev.jdaguide.token.BotTokenException;
import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.interactions.commands.Command;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.requests.GatewayIntent;

/**
 * Logs in, registers {@code /ping} and replies to it until the program is stopped.
 *
 * <p>With {@code DISCORD_GUILD_ID} set, the command is registered for that one server, where it shows up at once.
 * Without it, the command is registered globally, for every server the bot is in.
 */
public final class SlashCommandBot {

    static final String GUILD_VARIABLE = "DISCORD_GUILD_ID";

    // Discord's snowflake ids have 17 to 20 decimal digits.
    private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{17,20}");

    private SlashCommandBot() {
    }

    public static void main(String[] args) throws InterruptedException {
        JDA jda = start(System::getenv, UnaryOperator.identity(), System.out, System.err);
        if (jda == null) {
            System.exit(1);
        }
        // JDA's non-daemon threads keep the program running, and its shutdown hook closes the connection on Ctrl+C.
    }

    /**
     * Reads the token and optional server id, logs in and registers {@code /ping}.
     *
     * @param environment looks up environment variables, {@code System::getenv} outside tests
     * @param connection changes where the builder connects, and outside tests leaves the builder as it is
     * @return the running bot, or {@code null} after printing one line about the mistake to {@code err}
     */
    static JDA start(Function<String, String> environment, UnaryOperator<JDABuilder> connection, PrintStream out,
            PrintStream err) throws InterruptedException {
        BotToken token;
        String guildId;
        try {
            token = BotToken.fromEnvironment(environment);
            guildId = readGuildId(environment.apply(GUILD_VARIABLE));
        } catch (BotTokenException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return null;
        }

        JDA jda;
        try {
            jda = connection.apply(createBuilder(token)).build();
        } catch (InvalidTokenException e) {
            err.println(LoginExample.REJECTED_TOKEN_MESSAGE);
            return null;
        }
        jda.awaitReady();

        if (guildId == null) {
            List<Command> commands = registerGlobally(jda);
            out.println("Registered /" + commands.get(0).getName() + " globally.");
            return jda;
        }
        Guild guild = jda.getGuildById(guildId);
        if (guild == null) {
            err.println(GUILD_VARIABLE + " is " + guildId + ", but the bot is not in that server. Invite it with the"
                    + " bot and applications.commands scopes, or correct " + GUILD_VARIABLE + ".");
            jda.shutdown();
            return null;
        }
        try {
            registerInGuild(guild);
        } catch (ErrorResponseException e) {
            if (e.getErrorResponse() != ErrorResponse.MISSING_ACCESS) {
                throw e;
            }
            // tag::missing-access[]
            err.println("Discord answered " + e.getMessage() + " when registering /" + PingCommand.NAME + " in "
                    + guild.getName() + ": the bot joined that server without the applications.commands scope."
                    + " Open an invite link with the bot and applications.commands scopes for that server, then"
                    + " start the bot again.");
            // end::missing-access[]
            jda.shutdown();
            return null;
        }
        out.println("Registered /" + PingCommand.NAME + " in " + guild.getName() + ".");
        return jda;
    }

    // tag::create-builder[]
    static JDABuilder createBuilder(BotToken token) {
        // Slash commands arrive as interactions, which need no gateway intent.
        return JDABuilder.createLight(token.value(), EnumSet.noneOf(GatewayIntent.class))
                .addEventListeners(new PingCommand());
    }
    // end::create-builder[]

    // tag::register-globally[]
    /** Replaces all global commands of the application with {@code /ping}. */
    static List<Command> registerGlobally(JDA jda) {
        return jda.updateCommands()
                .addCommands(PingCommand.definition())
                .complete();
    }
    // end::register-globally[]

    // tag::register-in-guild[]
    /** Replaces the commands of the application in one server with {@code /ping}. */
    static List<Command> registerInGuild(Guild guild) {
        return guild.updateCommands()
                .addCommands(PingCommand.definition())
                .complete();
    }
    // end::register-in-guild[]

    /** Returns the server id from {@code value}, or {@code null} when it is not set. */
    static String readGuildId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String id = value.strip();
        if (!SNOWFLAKE.matcher(id).matches()) {
            // A long value may be a token pasted into the wrong variable, so only short values are echoed.
            boolean echoable = id.length() <= 24 && id.indexOf('.') < 0;
            String describedValue = echoable ? "'" + id + "'" : "a " + id.length() + "-character value";
            throw new IllegalArgumentException(GUILD_VARIABLE + " is " + describedValue + ", which is not a server id"
                    + " (17 to 20 digits). Turn on Developer Mode in Discord's Advanced settings, right-click the server and"
                    + " choose Copy Server ID, or unset " + GUILD_VARIABLE + " to register the command globally.");
        }
        return id;
    }
}
