package dev.jdaguide.site.generate;

import dev.jdaguide.invite.TwoFactorPermissions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.dv8tion.jda.api.Permission;

/**
 * Writes the permissions reference table from JDA's {@link Permission} enum, so the page always matches the JDA
 * version the build uses.
 *
 * <p>The output is {@value #TABLE_FILE} in the generated AsciiDoc folder, which {@code permissions.adoc} includes.
 */
public final class PermissionReference {

    public static final String TABLE_FILE = "permissions-table.adoc";

    private PermissionReference() {
    }

    /**
     * Writes the table into {@code folder}, creating the folder if needed.
     *
     * @param folder the generated AsciiDoc folder, passed to the build as the {@code generated-dir} attribute
     * @throws IllegalArgumentException if {@code folder} is {@code null} because the attribute is missing
     */
    public static void write(String folder) {
        if (folder == null || folder.isBlank()) {
            throw new IllegalArgumentException("The generated-dir attribute is missing, so the permissions table"
                    + " has nowhere to go. Pass --attribute=generated-dir=PATH to SiteBuilder.");
        }
        Path target = Path.of(folder).resolve(TABLE_FILE);
        try {
            Files.createDirectories(target.getParent());
            Files.writeString(target, table());
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to write the permissions table to " + target, e);
        }
    }

    /** Returns the constants of JDA's Permission enum by bit offset, leaving out the placeholder {@code UNKNOWN}. */
    static List<Permission> permissions() {
        return Arrays.stream(Permission.values())
                .filter(permission -> permission != Permission.UNKNOWN)
                .sorted(Comparator.comparingInt(Permission::getOffset).thenComparing(Permission::name))
                .toList();
    }

    /** Returns the AsciiDoc table, one row per permission. */
    static String table() {
        StringBuilder table = new StringBuilder();
        table.append("[%autowidth.stretch,cols=\"<2m,<2,>1,>2,<1,<1\",options=\"header\"]\n");
        table.append("|===\n");
        table.append("|JDA constant |Name in Discord |Bit |Raw value |Applies to |Needs owner 2FA\n");
        for (Permission permission : permissions()) {
            table.append('\n');
            table.append("|").append(permission.name()).append('\n');
            table.append("|").append(permission.getName()).append('\n');
            table.append("|").append(permission.getOffset()).append('\n');
            table.append("|").append(permission.getRawValue()).append('\n');
            table.append("|").append(scope(permission)).append('\n');
            table.append("|").append(TwoFactorPermissions.requiresTwoFactor(permission) ? "yes" : "").append('\n');
        }
        table.append("|===\n");
        return table.toString();
    }

    private static String scope(Permission permission) {
        if (permission.isGuild() && permission.isChannel()) {
            return "server, channel";
        }
        return permission.isChannel() ? "channel" : "server";
    }
}
