package dev.jdaguide.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.ApplicationInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Compares {@link InviteUrl} with the URLs that JDA itself builds.
 *
 * <p>JDA builds an invite URL only once logged in, so each test logs a real JDA in against
 * {@link LoopbackDiscord}, a small HTTP server on 127.0.0.1 that JDA's {@code RestConfig#setBaseUrl} points it at.
 * The expected values come from JDA's {@code JDA#getInviteUrl} and {@code ApplicationInfo#getInviteUrl}, never from
 * a string typed here, so a change in a future JDA version shows up as a failing test.
 */
class JdaInviteUrlTests {

    private static final String APPLICATION_ID = "123456789012345678";
    private static final String GUILD_ID = "876543210987654321";

    private LoopbackDiscord discord;
    private JDA jda;

    @BeforeEach
    void logIn() throws Exception {
        discord = new LoopbackDiscord(APPLICATION_ID);
        jda = discord.login();
    }

    @AfterEach
    void shutDown() throws Exception {
        discord.close();
    }

    @Test
    void botScopeMatchesJda() {
        String expected = jda.getInviteUrl(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND);

        String actual = InviteUrl.forApplication(APPLICATION_ID)
                .permissions(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND)
                .build();

        assertEquals(expected, actual);
    }

    @Test
    void noPermissionsMatchesJda() {
        String expected = jda.getInviteUrl();

        String actual = InviteUrl.forApplication(APPLICATION_ID).build();

        assertEquals(expected, actual);
    }

    @Test
    void applicationCommandsScopeMatchesJda() {
        jda.setRequiredScopes("applications.commands");
        String expected = jda.getInviteUrl(Permission.MESSAGE_SEND, Permission.MESSAGE_EMBED_LINKS);

        String actual = InviteUrl.forApplication(APPLICATION_ID)
                .scopes(InviteUrl.BOT, InviteUrl.APPLICATIONS_COMMANDS)
                .permissions(Permission.MESSAGE_SEND, Permission.MESSAGE_EMBED_LINKS)
                .build();

        assertEquals(expected, actual);
    }

    @Test
    void everyPermissionMatchesJda() {
        List<Permission> known = Arrays.stream(Permission.values())
                .filter(permission -> permission != Permission.UNKNOWN)
                .toList();
        String expected = jda.getInviteUrl(known);

        String actual = InviteUrl.forApplication(APPLICATION_ID).permissions(known).build();

        assertEquals(expected, actual);
    }

    @Test
    void sharedBitMatchesJda() {
        String expected = jda.getInviteUrl(Permission.MANAGE_PERMISSIONS);

        String actual = InviteUrl.forApplication(APPLICATION_ID).permissions(Permission.MANAGE_ROLES).build();

        assertEquals(expected, actual);
    }

    @Test
    void guildIdMatchesApplicationInfo() {
        ApplicationInfo application = jda.retrieveApplicationInfo().complete();
        String expected = application.getInviteUrl(GUILD_ID, Permission.VIEW_CHANNEL);

        String actual = InviteUrl.forApplication(APPLICATION_ID)
                .permissions(Permission.VIEW_CHANNEL)
                .guild(GUILD_ID)
                .build();

        assertEquals(expected, actual);
    }

    @Test
    void guideSnippetMatchesBuilder() {
        String fromJda = JdaInviteUrl.inviteUrl(jda);

        String fromBuilder = InviteUrl.forApplication(APPLICATION_ID)
                .scopes(InviteUrl.BOT, InviteUrl.APPLICATIONS_COMMANDS)
                .permissions(JdaInviteUrl.PERMISSIONS)
                .build();

        assertEquals(fromJda, fromBuilder);
    }

    @Test
    void loginRequestReachesLoopbackServer() {
        Set<String> requests = Set.copyOf(discord.requests());

        assertTrue(requests.contains("GET /api/v10/users/@me"), requests::toString);
    }
}
