package dev.jdaguide.troubleshooting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.exceptions.InsufficientPermissionException;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.CloseCode;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.junit.jupiter.api.Test;

/**
 * The JDA messages that the troubleshooting page quotes, read from JDA itself, so an upgrade that changes one
 * fails here before the page goes stale.
 */
class JdaMessagesTests {

    @Test
    void invalidTokenMessage() {
        assertEquals("The provided token is invalid!", new InvalidTokenException().getMessage());
    }

    @Test
    void disallowedIntentsCloseCode() {
        assertEquals(4014, CloseCode.DISALLOWED_INTENTS.getCode());
        assertEquals("Disallowed intents. Your bot might not be eligible to request a privileged intent such as"
                + " GUILD_PRESENCES, MESSAGE_CONTENT, or GUILD_MEMBERS.", CloseCode.DISALLOWED_INTENTS.getMeaning());
    }

    @Test
    void missingAccessErrorResponse() {
        assertEquals(50001, ErrorResponse.MISSING_ACCESS.getCode());
        assertEquals("Missing Access", ErrorResponse.MISSING_ACCESS.getMeaning());
    }

    @Test
    void missingPermissionsErrorResponse() {
        assertEquals(50013, ErrorResponse.MISSING_PERMISSIONS.getCode());
        assertEquals("Missing Permissions", ErrorResponse.MISSING_PERMISSIONS.getMeaning());
    }

    @Test
    void insufficientPermissionMessage() {
        GuildChannel channel = mock(GuildChannel.class, RETURNS_DEEP_STUBS);

        InsufficientPermissionException e = new InsufficientPermissionException(channel, Permission.MESSAGE_SEND);

        assertEquals("Cannot perform action due to a lack of Permission. Missing permission: MESSAGE_SEND",
                e.getMessage());
    }
}
