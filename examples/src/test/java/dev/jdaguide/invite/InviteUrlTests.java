package dev.jdaguide.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Set;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InviteUrlTests {

    private static final String APPLICATION_ID = "123456789012345678";
    private static final String BASE = "https://discord.com/oauth2/authorize?client_id=" + APPLICATION_ID;

    private static InviteUrl invite() {
        return InviteUrl.forApplication(APPLICATION_ID);
    }

    @Test
    void defaultsToBotScopeAlone() {
        assertEquals(BASE + "&scope=bot", invite().build());
    }

    @Test
    void writesPermissionsAsDecimalBitSet() {
        String url = invite()
                .permissions(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND, Permission.MESSAGE_EMBED_LINKS)
                .build();

        assertEquals(BASE + "&scope=bot&permissions=19456", url);
    }

    @Test
    void administratorIsBitEight() {
        assertEquals(BASE + "&scope=bot&permissions=8", invite().permissions(Permission.ADMINISTRATOR).build());
    }

    @Test
    void putsBotScopeLast() {
        String url = invite().scopes(InviteUrl.BOT, InviteUrl.APPLICATIONS_COMMANDS).build();

        assertEquals(BASE + "&scope=applications.commands+bot", url);
    }

    @Test
    void acceptsApplicationCommandsAlone() {
        String url = invite().scopes(InviteUrl.APPLICATIONS_COMMANDS).build();

        assertEquals(BASE + "&scope=applications.commands", url);
    }

    @Test
    void acceptsNumericApplicationId() {
        assertEquals(BASE + "&scope=bot", InviteUrl.forApplication(123456789012345678L).build());
    }

    @Test
    void preselectsGuild() {
        String url = invite().guild("876543210987654321").disableGuildSelect().build();

        assertEquals(BASE + "&scope=bot&guild_id=876543210987654321&disable_guild_select=true", url);
    }

    @Test
    void writesIntegrationType() {
        String url = invite()
                .scopes(InviteUrl.APPLICATIONS_COMMANDS)
                .integrationType(IntegrationType.USER_INSTALL)
                .build();

        assertEquals(BASE + "&scope=applications.commands&integration_type=1", url);
    }

    @Test
    void guildInstallIsZero() {
        String url = invite()
                .scopes(InviteUrl.BOT, InviteUrl.APPLICATIONS_COMMANDS)
                .integrationType(IntegrationType.GUILD_INSTALL)
                .build();

        assertTrue(url.endsWith("&integration_type=0"), url);
    }

    @Test
    void codeGrantAddsResponseTypeRedirectAndState() {
        String url = invite()
                .scopes(InviteUrl.BOT, "identify")
                .codeGrant(URI.create("https://bot.example/callback?from=invite"), "state value/1")
                .build();

        assertEquals(BASE + "&scope=identify+bot&response_type=code"
                + "&redirect_uri=https%3A%2F%2Fbot.example%2Fcallback%3Ffrom%3Dinvite&state=state+value%2F1", url);
    }

    @Test
    void codeGrantWorksWithBotScopeAlone() {
        String url = invite().codeGrant(URI.create("http://127.0.0.1:8080/cb"), "abc").build();

        assertTrue(url.contains("&scope=bot&response_type=code&"), url);
    }

    @Test
    void otherScopeNeedsCodeGrant() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> invite().scopes(InviteUrl.BOT, "identify").build());

        assertTrue(e.getMessage().contains("\"identify\""), e.getMessage());
        assertTrue(e.getMessage().contains("codeGrant"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1234", "1234567890123456", "123456789012345678901", "12345678901234567x",
        " 123456789012345678", "-12345678901234567", "99999999999999999999"})
    void rejectsInvalidApplicationId(String id) {
        assertThrows(IllegalArgumentException.class, () -> InviteUrl.forApplication(id));
    }

    @Test
    void rejectsNullApplicationId() {
        assertThrows(IllegalArgumentException.class, () -> InviteUrl.forApplication((String) null));
    }

    @Test
    void acceptsLargestSnowflake() {
        String max = "18446744073709551615";

        assertTrue(InviteUrl.forApplication(max).build().contains("client_id=" + max + "&"));
    }

    @Test
    void invalidIdMessageNamesValueAndFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InviteUrl.forApplication("12345"));

        assertTrue(e.getMessage().contains("\"12345\""), e.getMessage());
        assertTrue(e.getMessage().contains("General Information"), e.getMessage());
    }

    @Test
    void invalidIdMessageHidesLongValue() {
        String pastedSecret = "s".repeat(16) + "-_" + "9".repeat(14);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> InviteUrl.forApplication(pastedSecret));

        assertFalse(e.getMessage().contains(pastedSecret), e.getMessage());
        assertTrue(e.getMessage().contains("32 characters"), e.getMessage());
    }

    @Test
    void rejectsInvalidGuildId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> invite().guild("my server"));

        assertTrue(e.getMessage().contains("\"my server\""), e.getMessage());
        assertTrue(e.getMessage().contains("Copy Server ID"), e.getMessage());
    }

    @Test
    void rejectsEmptyScopeList() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> invite().scopes());

        assertTrue(e.getMessage().contains("scope list is empty"), e.getMessage());
        assertTrue(e.getMessage().contains("\"bot\""), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Bot", "applications commands", "bot&permissions=8"})
    void rejectsInvalidScopeName(String scope) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> invite().scopes(scope));

        assertTrue(e.getMessage().contains("\"" + scope + "\""), e.getMessage());
    }

    @Test
    void rejectsUnknownPermission() {
        assertThrows(IllegalArgumentException.class, () -> invite().permissions(Permission.UNKNOWN));
    }

    @Test
    void rejectsPermissionsWithoutBotScope() {
        InviteUrl invite = invite().scopes(InviteUrl.APPLICATIONS_COMMANDS).permissions(Permission.MESSAGE_SEND);

        assertThrows(IllegalStateException.class, invite::build);
    }

    @Test
    void rejectsLockedGuildSelectWithoutGuild() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> invite().disableGuildSelect().build());

        assertTrue(e.getMessage().contains("guild("), e.getMessage());
    }

    @Test
    void rejectsIntegrationTypeWithoutApplicationCommands() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> invite().integrationType(IntegrationType.GUILD_INSTALL).build());

        assertTrue(e.getMessage().contains("applications.commands"), e.getMessage());
    }

    @Test
    void rejectsRelativeRedirectUri() {
        assertThrows(IllegalArgumentException.class, () -> invite().codeGrant(URI.create("/callback"), "abc"));
    }

    @Test
    void rejectsBlankState() {
        assertThrows(IllegalArgumentException.class,
                () -> invite().codeGrant(URI.create("https://bot.example/callback"), " "));
    }

    @Test
    void noWarningsForPlainPermissions() {
        List<InviteWarning> warnings = invite().permissions(Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND)
                .warnings();

        assertEquals(List.of(), warnings);
    }

    @Test
    void warnsAboutAdministratorFirst() {
        List<InviteWarning> warnings = invite().permissions(Permission.ADMINISTRATOR).warnings();

        assertEquals(InviteWarning.Kind.ADMINISTRATOR, warnings.get(0).kind());
        assertEquals(Set.of(Permission.ADMINISTRATOR), warnings.get(0).permissions());
    }

    @Test
    void administratorAlsoNeedsOwnerTwoFactor() {
        List<InviteWarning> warnings = invite().permissions(Permission.ADMINISTRATOR).warnings();

        assertEquals(2, warnings.size());
        assertEquals(InviteWarning.Kind.OWNER_TWO_FACTOR_REQUIRED, warnings.get(1).kind());
    }

    @Test
    void warnsOnceForAllTwoFactorPermissions() {
        List<InviteWarning> warnings = invite()
                .permissions(Permission.MESSAGE_SEND, Permission.KICK_MEMBERS, Permission.BAN_MEMBERS)
                .warnings();

        assertEquals(1, warnings.size());
        assertEquals(Set.of(Permission.KICK_MEMBERS, Permission.BAN_MEMBERS), warnings.get(0).permissions());
    }

    @Test
    void twoFactorWarningListsNamesWithAnd() {
        String message = invite()
                .permissions(Permission.KICK_MEMBERS, Permission.BAN_MEMBERS, Permission.MESSAGE_MANAGE)
                .warnings().get(0).message();

        assertTrue(message.contains("the bot can use Kick Members, Ban Members and Manage Messages only if"), message);
    }

    @Test
    void twoFactorWarningNamesPermissions() {
        String message = invite().permissions(Permission.MESSAGE_MANAGE).warnings().get(0).message();

        assertTrue(message.contains("Manage Messages"), message);
        assertTrue(message.contains("two-factor authentication"), message);
    }

    @Test
    void moderateMembersGetsNoWarning() {
        assertEquals(List.of(), invite().permissions(Permission.MODERATE_MEMBERS).warnings());
    }

    @Test
    void sharedBitCountsOnce() {
        String url = invite().permissions(Permission.MANAGE_ROLES, Permission.MANAGE_PERMISSIONS).build();

        assertEquals(BASE + "&scope=bot&permissions=" + (1L << 28), url);
    }

    @Test
    void permissionsReplacePreviousOnes() {
        String url = invite().permissions(Permission.ADMINISTRATOR).permissions(Permission.MESSAGE_SEND).build();

        assertEquals(BASE + "&scope=bot&permissions=2048", url);
    }
}
