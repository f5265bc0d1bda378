package dev.jdaguide.cli;

import dev.jdaguide.invite.InviteUrl;
import dev.jdaguide.invite.InviteWarning;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.dv8tion.jda.api.Permission;

/**
 * Prints the URL that adds a bot to a server, for an application id and a list of permission names.
 *
 * <p>Run it as {@code java -jar examples/target/invite-url.jar --help}. Invalid input prints one line to standard
 * error and exits with status 2; warnings about risky permissions go to standard error and do not change the
 * exit status.
 */
public final class InviteUrlTool {

    static final int EXIT_OK = 0;
    static final int EXIT_INVALID_INPUT = 2;

    static final String USAGE = "Usage: java -jar invite-url.jar [OPTIONS] APPLICATION_ID [PERMISSION...]";

    static final String HELP = USAGE + """


            Prints the URL that adds your bot to a server, with the bot and applications.commands scopes.

            Arguments:
              APPLICATION_ID        the Application ID from the General Information page of your application
                                    in the Discord Developer Portal (17 to 20 digits)
              PERMISSION            a permission the bot needs, as a JDA name (MESSAGE_SEND) or the name
                                    Discord's app shows ("Send Messages" or SEND_MESSAGES), in any case;
                                    with none, the URL requests no permissions

            Options:
              --guild=ID            pre-select the server with this id in Discord's dialog
              --lock-guild          with --guild, stop the person adding the bot from picking another server
              --no-commands         leave out the applications.commands scope, so the bot cannot add slash
                                    commands in that server
              --list-permissions    print every JDA permission name with the name Discord's app shows, then exit
              -h, --help            print this help, then exit

            Warnings about Administrator and about permissions that need the bot owner's two-factor
            authentication go to standard error. Exit status: 0 on success, 2 on invalid input.""";

    private static final List<String> OPTIONS =
            List.of("--guild", "--lock-guild", "--no-commands", "--list-permissions", "--help");

    private final PermissionNames permissionNames = new PermissionNames();
    private final PrintStream out;
    private final PrintStream err;

    InviteUrlTool(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new InviteUrlTool(System.out, System.err).run(args));
    }

    /** Runs the tool with command-line arguments and returns the exit status. */
    int run(String... args) {
        try {
            return runChecked(args);
        } catch (IllegalArgumentException | IllegalStateException invalidInput) {
            err.println(invalidInput.getMessage());
            return EXIT_INVALID_INPUT;
        }
    }

    private int runChecked(String... args) {
        String guildId = null;
        boolean lockGuild = false;
        boolean withCommands = true;
        List<String> positional = new ArrayList<>();
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help")) {
                out.println(HELP);
                return EXIT_OK;
            } else if (arg.equals("--list-permissions")) {
                listPermissions();
                return EXIT_OK;
            } else if (arg.startsWith("--guild=")) {
                guildId = arg.substring("--guild=".length());
            } else if (arg.equals("--guild")) {
                throw new IllegalArgumentException("Option --guild needs a server id, written --guild=ID.");
            } else if (arg.equals("--lock-guild")) {
                lockGuild = true;
            } else if (arg.equals("--no-commands")) {
                withCommands = false;
            } else if (arg.startsWith("-")) {
                throw unknownOption(arg);
            } else {
                positional.add(arg);
            }
        }
        if (positional.isEmpty()) {
            throw new IllegalArgumentException("Missing APPLICATION_ID. " + USAGE + "; run with --help for"
                    + " details.");
        }
        if (lockGuild && guildId == null) {
            throw new IllegalArgumentException("Option --lock-guild needs --guild=ID, the server to lock the"
                    + " choice to.");
        }

        List<Permission> permissions = new ArrayList<>();
        for (String name : positional.subList(1, positional.size())) {
            permissions.add(permissionNames.resolve(name));
        }
        InviteUrl invite = InviteUrl.forApplication(positional.get(0))
                .scopes(withCommands ? List.of(InviteUrl.BOT, InviteUrl.APPLICATIONS_COMMANDS) : List.of(InviteUrl.BOT))
                .permissions(permissions);
        if (guildId != null) {
            invite.guild(guildId);
        }
        if (lockGuild) {
            invite.disableGuildSelect();
        }

        String url = invite.build();
        for (InviteWarning warning : invite.warnings()) {
            err.println("Warning: " + warning.message());
        }
        out.println(url);
        return EXIT_OK;
    }

    private IllegalArgumentException unknownOption(String arg) {
        String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
        String nearest = OPTIONS.stream()
                .min(Comparator.comparingInt(option -> EditDistance.between(name, option)))
                .filter(option -> EditDistance.between(name, option) <= 3)
                .map(option -> " Did you mean " + option + "?")
                .orElse("");
        return new IllegalArgumentException("Unknown option \"" + name + "\"." + nearest
                + " Run with --help to see the options.");
    }

    private void listPermissions() {
        for (Permission permission : permissionNames.all()) {
            out.println(permission.name() + " (" + permission.getName() + ")");
        }
    }
}
