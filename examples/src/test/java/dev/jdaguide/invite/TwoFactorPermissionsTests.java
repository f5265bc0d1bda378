package dev.jdaguide.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.dv8tion.jda.api.Permission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TwoFactorPermissionsTests {

    // Bit offsets of the 2FA permissions in Discord's permissions table, which JDA's offsets must match.
    private static final Map<String, Integer> DISCORD_BIT_OFFSETS = Map.ofEntries(
            Map.entry("KICK_MEMBERS", 1),
            Map.entry("BAN_MEMBERS", 2),
            Map.entry("ADMINISTRATOR", 3),
            Map.entry("MANAGE_CHANNELS", 4),
            Map.entry("MANAGE_GUILD", 5),
            Map.entry("MANAGE_MESSAGES", 13),
            Map.entry("MANAGE_ROLES", 28),
            Map.entry("MANAGE_WEBHOOKS", 29),
            Map.entry("MANAGE_GUILD_EXPRESSIONS", 30),
            Map.entry("MANAGE_THREADS", 34),
            Map.entry("VIEW_CREATOR_MONETIZATION_ANALYTICS", 41));

    @Test
    void listsDiscordsElevenPermissions() {
        assertEquals(DISCORD_BIT_OFFSETS.keySet(), TwoFactorPermissions.byDiscordNames().keySet());
    }

    @Test
    void jdaConstantsHaveDiscordsBits() {
        for (Map.Entry<String, Permission> entry : TwoFactorPermissions.byDiscordNames().entrySet()) {
            int expected = DISCORD_BIT_OFFSETS.get(entry.getKey());
            assertEquals(expected, entry.getValue().getOffset(), () -> "bit of " + entry.getKey());
        }
    }

    @Test
    void allContainsExactlyTheseJdaConstants() {
        Set<Permission> expected = EnumSet.of(
                Permission.KICK_MEMBERS,
                Permission.BAN_MEMBERS,
                Permission.ADMINISTRATOR,
                Permission.MANAGE_CHANNEL,
                Permission.MANAGE_SERVER,
                Permission.MESSAGE_MANAGE,
                Permission.MANAGE_ROLES,
                Permission.MANAGE_PERMISSIONS,
                Permission.MANAGE_WEBHOOKS,
                Permission.MANAGE_GUILD_EXPRESSIONS,
                Permission.MANAGE_THREADS,
                Permission.VIEW_CREATOR_MONETIZATION_ANALYTICS);

        assertEquals(expected, TwoFactorPermissions.all());
    }

    @Test
    void jdaNamesMatchDiscordsClientLabels() {
        List<String> names = TwoFactorPermissions.byDiscordNames().values().stream()
                .map(Permission::getName)
                .toList();

        assertEquals(List.of("Kick Members", "Ban Members", "Administrator", "Manage Channels", "Manage Server",
                "Manage Messages", "Manage Roles", "Manage Webhooks", "Manage Expressions", "Manage Threads",
                "View Creator Analytics"), names);
    }

    @Test
    void managePermissionsSharesManageRolesBit() {
        assertEquals(Permission.MANAGE_ROLES.getRawValue(), Permission.MANAGE_PERMISSIONS.getRawValue());
        assertTrue(TwoFactorPermissions.requiresTwoFactor(Permission.MANAGE_PERMISSIONS));
    }

    @Test
    void moderateMembersIsNotListed() {
        assertFalse(TwoFactorPermissions.requiresTwoFactor(Permission.MODERATE_MEMBERS));
        assertFalse(TwoFactorPermissions.all().contains(Permission.MODERATE_MEMBERS));
    }

    @Test
    void unknownIsNotListed() {
        assertFalse(TwoFactorPermissions.requiresTwoFactor(Permission.UNKNOWN));
    }

    @ParameterizedTest
    @EnumSource(Permission.class)
    void requiresTwoFactorAgreesWithAll(Permission permission) {
        assertEquals(TwoFactorPermissions.all().contains(permission),
                TwoFactorPermissions.requiresTwoFactor(permission));
    }

    @Test
    void allIsUnmodifiable() {
        assertThrows(UnsupportedOperationException.class,
                () -> TwoFactorPermissions.all().add(Permission.MESSAGE_SEND));
    }
}
