package dev.jdaguide.slashcommand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.requests.restaction.interactions.ReplyCallbackAction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PingCommandTests {

    private final SlashCommandInteractionEvent event = mock(SlashCommandInteractionEvent.class);
    private final ReplyCallbackAction replyAction = mock(ReplyCallbackAction.class);

    @BeforeEach
    void stubEvent() {
        JDA jda = mock(JDA.class);
        when(jda.getGatewayPing()).thenReturn(42L);
        when(event.getJDA()).thenReturn(jda);
        when(event.reply(anyString())).thenReturn(replyAction);
    }

    @Test
    void repliesWithPongAndGatewayPing() {
        when(event.getName()).thenReturn("ping");

        new PingCommand().onSlashCommandInteraction(event);

        verify(event).reply("Pong! Gateway ping: 42 ms");
    }

    @Test
    void sendsTheReply() {
        when(event.getName()).thenReturn("ping");

        new PingCommand().onSlashCommandInteraction(event);

        verify(replyAction).queue();
    }

    @Test
    void ignoresOtherCommands() {
        when(event.getName()).thenReturn("weather");

        new PingCommand().onSlashCommandInteraction(event);

        verify(event, never()).reply(anyString());
    }

    @Test
    void definitionIsNamedPing() {
        assertEquals("ping", PingCommand.definition().getName());
    }

    @Test
    void definitionHasDescription() {
        assertEquals("Checks that the bot is online", PingCommand.definition().getDescription());
    }
}
