package dev.jdaguide.intents;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.unions.MessageChannelUnion;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.requests.restaction.MessageCreateAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PrefixPingListenerTests {

    private final MessageReceivedEvent event = mock(MessageReceivedEvent.class);
    private final Message message = mock(Message.class);
    private final User author = mock(User.class);
    private final MessageChannelUnion channel = mock(MessageChannelUnion.class);
    private final MessageCreateAction sendAction = mock(MessageCreateAction.class, RETURNS_DEEP_STUBS);

    @BeforeEach
    void stubEvent() {
        when(event.getAuthor()).thenReturn(author);
        when(event.getMessage()).thenReturn(message);
        when(event.getChannel()).thenReturn(channel);
        when(channel.sendMessage(anyString())).thenReturn(sendAction);
    }

    @Test
    void answersPingWithPong() {
        when(message.getContentRaw()).thenReturn("!ping");

        new PrefixPingListener().onMessageReceived(event);

        verify(channel).sendMessage("Pong!");
        verify(sendAction).queue();
    }

    @Test
    void staysSilentOnEmptyContent() {
        // What a message looks like to a bot without the MESSAGE_CONTENT intent.
        when(message.getContentRaw()).thenReturn("");

        new PrefixPingListener().onMessageReceived(event);

        verify(channel, never()).sendMessage(anyString());
    }

    @Test
    void ignoresOtherBots() {
        when(author.isBot()).thenReturn(true);
        when(message.getContentRaw()).thenReturn("!ping");

        new PrefixPingListener().onMessageReceived(event);

        verify(channel, never()).sendMessage(anyString());
    }
}
