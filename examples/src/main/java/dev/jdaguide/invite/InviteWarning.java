package dev.jdaguide.invite;

import java.util.Set;
import net.dv8tion.jda.api.Permission;

/**
 * A risk in an invite that is still valid, for a program to show before the reader opens the URL.
 *
 * @param kind what the risk is
 * @param permissions the requested permissions that cause it
 * @param message one line that explains the risk and what to do
 */
public record InviteWarning(Kind kind, Set<Permission> permissions, String message) {

    /** The risks an invite URL can carry. */
    public enum Kind {
        /** Administrator grants every permission and bypasses channel permission overwrites. */
        ADMINISTRATOR,
        /** Permissions that fail in servers requiring 2FA for moderation while the bot owner has no 2FA. */
        OWNER_TWO_FACTOR_REQUIRED
    }

    public InviteWarning {
        permissions = Set.copyOf(permissions);
    }
}
