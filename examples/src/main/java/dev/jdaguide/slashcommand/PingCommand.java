package dev.jdaguide.slashcommand;

// tag::ping-command[]
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;

/** The {@code /ping} slash command: its definition for Discord and the listener that replies to it. */
public final class PingCommand extends ListenerAdapter {

    static final String NAME = "ping";

    /** Returns the command as Discord shows it in the command picker. */
    public static SlashCommandData definition() {
        return Commands.slash(NAME, "Checks that the bot is online");
    }

    @Override
    public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
        if (!event.getName().equals(NAME)) {
            return;
        }
        long gatewayPing = event.getJDA().getGatewayPing();
        event.reply("Pong! Gateway ping: " + gatewayPing + " ms").queue();
    }
}
// end::ping-command[]
