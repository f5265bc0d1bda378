package dev.jdaguide.invite;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import net.dv8tion.jda.api.Permission;

/**
 * The permissions a bot can use in a server with "Require 2FA for moderator actions" only if the bot's owner has
 * two-factor authentication turned on.
 *
 * <p>The list is the permissions marked {@code *} in the Bitwise Permission Flags table of Discord's developer
 * documentation (topics/permissions). It is keyed by Discord's names because JDA names some constants differently.
 * {@code MODERATE_MEMBERS} is not on it.
 */
public final class TwoFactorPermissions {

    private static final Map<String, Permission> BY_DISCORD_NAME = byDiscordName();

    private static final long RAW = Permission.getRaw(BY_DISCORD_NAME.values());

    // Derived from the bits, so JDA constants that share a bit (MANAGE_PERMISSIONS and MANAGE_ROLES) are both in.
    private static final Set<Permission> ALL = derivedFromBits();

    private TwoFactorPermissions() {
    }

    private static Map<String, Permission> byDiscordName() {
        Map<String, Permission> names = new LinkedHashMap<>();
        // tag::two-factor-list[]
        names.put("KICK_MEMBERS", Permission.KICK_MEMBERS);
        names.put("BAN_MEMBERS", Permission.BAN_MEMBERS);
        names.put("ADMINISTRATOR", Permission.ADMINISTRATOR);
        names.put("MANAGE_CHANNELS", Permission.MANAGE_CHANNEL);
        names.put("MANAGE_GUILD", Permission.MANAGE_SERVER);
        names.put("MANAGE_MESSAGES", Permission.MESSAGE_MANAGE);
        names.put("MANAGE_ROLES", Permission.MANAGE_ROLES);
        names.put("MANAGE_WEBHOOKS", Permission.MANAGE_WEBHOOKS);
        names.put("MANAGE_GUILD_EXPRESSIONS", Permission.MANAGE_GUILD_EXPRESSIONS);
        names.put("MANAGE_THREADS", Permission.MANAGE_THREADS);
        names.put("VIEW_CREATOR_MONETIZATION_ANALYTICS", Permission.VIEW_CREATOR_MONETIZATION_ANALYTICS);
        // end::two-factor-list[]
        return Collections.unmodifiableMap(names);
    }

    private static Set<Permission> derivedFromBits() {
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (Permission permission : Permission.values()) {
            if (requiresTwoFactor(permission)) {
                permissions.add(permission);
            }
        }
        return Collections.unmodifiableSet(permissions);
    }

    /** Returns every JDA permission that needs the owner's 2FA, including both constants of a shared bit. */
    public static Set<Permission> all() {
        return ALL;
    }

    /** Returns whether {@code permission} needs the owner's 2FA in a server that requires 2FA for moderation. */
    public static boolean requiresTwoFactor(Permission permission) {
        if (permission == Permission.UNKNOWN) {
            return false;
        }
        return (permission.getRawValue() & RAW) != 0;
    }

    /** Returns the list in Discord's order and names, each mapped to its JDA constant. */
    public static Map<String, Permission> byDiscordNames() {
        return BY_DISCORD_NAME;
    }
}
