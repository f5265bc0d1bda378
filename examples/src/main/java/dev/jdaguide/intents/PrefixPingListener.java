package dev.jdaguide.intents;

// tag::prefix-ping[]
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;

/** Replies to a message whose text is {@code !ping}, which works only with the MESSAGE_CONTENT intent. */
public final class PrefixPingListener extends ListenerAdapter {

    @Override
    public void onMessageReceived(MessageReceivedEvent event) {
        if (event.getAuthor().isBot()) {
            return;
        }
        // Without MESSAGE_CONTENT this is an empty string for most messages, so the command never matches.
        String content = event.getMessage().getContentRaw();
        if (content.equals("!ping")) {
            event.getChannel().sendMessage("Pong!").queue();
        }
    }
}
// end::prefix-ping[]
