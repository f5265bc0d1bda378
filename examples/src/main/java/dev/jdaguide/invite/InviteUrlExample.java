package dev.jdaguide.invite;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import net.dv8tion.jda.api.Permission;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints the invite URL for an application, with the {@code bot} and {@code applications.commands} scopes.
 *
 * <p>Usage: {@code InviteUrlExample APPLICATION_ID [PERMISSION...]}, where each permission is the name of a JDA
 * {@link Permission} constant such as {@code MESSAGE_SEND}. Invalid input prints one line to standard error and
 * exits with status 2.
 */
public final class InviteUrlExample {

    private static final Logger LOG = LoggerFactory.getLogger(InviteUrlExample.class);

    private static final String USAGE = "Usage: InviteUrlExample APPLICATION_ID [PERMISSION...],"
            + " for example InviteUrlExample 123456789012345678 VIEW_CHANNEL MESSAGE_SEND";

    private InviteUrlExample() {
    }

    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /** Runs the example with the given arguments and returns the process exit status. */
    static int run(String[] args, PrintStream out, PrintStream errors) {
        if (args.length == 0) {
            errors.println(USAGE);
            return 2;
        }
        String url;
        try {
            url = inviteUrl(args[0], parsePermissions(Arrays.copyOfRange(args, 1, args.length)));
        } catch (IllegalArgumentException e) {
            errors.println(e.getMessage());
            return 2;
        }
        out.println(url);
        return 0;
    }

    // tag::build-invite-url[]
    static String inviteUrl(String applicationId, List<Permission> permissions) {
        InviteUrl invite = InviteUrl.forApplication(applicationId) // <1>
                .scopes(InviteUrl.BOT, InviteUrl.APPLICATIONS_COMMANDS) // <2>
                .permissions(permissions);
        for (InviteWarning warning : invite.warnings()) {
            LOG.warn(warning.message()); // <3>
        }
        return invite.build();
    }
    // end::build-invite-url[]

    static List<Permission> parsePermissions(String[] names) {
        List<Permission> permissions = new ArrayList<>();
        for (String name : names) {
            permissions.add(parsePermission(name));
        }
        return permissions;
    }

    private static Permission parsePermission(String name) {
        try {
            Permission permission = Permission.valueOf(name.toUpperCase(Locale.ROOT));
            if (permission != Permission.UNKNOWN) {
                return permission;
            }
        } catch (IllegalArgumentException notAConstant) {
            // Falls through to the message below, which names the value.
        }
        throw new IllegalArgumentException("Permission \"" + name + "\" is not a JDA Permission constant."
                + " Use names such as VIEW_CHANNEL, MESSAGE_SEND or MESSAGE_EMBED_LINKS.");
    }
}
