package dev.jdaguide.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdaguide.login.LoginExample;
import dev.jdaguide.standin.DiscordStandIn;
import dev.jdaguide.standin.RecordedRequest;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.ApplicationInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Compares {@link InviteUrl} with the URLs that JDA itself builds.
 *
 * <p>JDA builds an invite URL only once logged in, so each test logs a real JDA in against a {@link DiscordStandIn}
 * on 127.0.0.1 and waits for READY. The expected values come from JDA's {@code JDA#getInviteUrl} and
 * {@code ApplicationInfo#getInviteUrl}, never from a string typed here, so a change in a future JDA version shows up
 * as a failing test.
 */
class JdaInviteUrlTests {

    private static final String APPLICATION_ID = DiscordStandIn.APPLICATION_ID;
    private static final String GUILD_ID = "876543210987654321";

    @RegisterExtension
    final DiscordStandIn standIn = DiscordStandIn.forEachTest();

    private JDA jda;

    @BeforeEach
    void logIn() throws Exception {
        jda = standIn.connect(JDABuilder.createLight(standIn.validToken())).build().awaitReady();
    }

    @AfterEach
    void shutDown() throws Exception {
        // A failed login leaves no JDA, and the login's own failure is the one to report.
        if (jda != null) {
            LoginExample.shutDown(jda);
        }
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
    void loginRequestReachesStandIn() {
        Set<String> requests = standIn.requests().stream().map(RecordedRequest::line).collect(Collectors.toSet());

        assertTrue(requests.contains("GET users/@me"), requests::toString);
    }
}
