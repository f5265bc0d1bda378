package dev.jdaguide.invite;

import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;

/** Builds the invite URL from a logged-in JDA, which has the application id from its login. */
public final class JdaInviteUrl {

    /** The permissions a bot needs to read and reply in text channels, and no more. */
    // tag::jda-invite-url[]
    static final List<Permission> PERMISSIONS = List.of(
            Permission.VIEW_CHANNEL,
            Permission.MESSAGE_SEND,
            Permission.MESSAGE_EMBED_LINKS);

    static String inviteUrl(JDA jda) {
        jda.setRequiredScopes("applications.commands"); // <1>
        return jda.getInviteUrl(PERMISSIONS); // <2>
    }
    // end::jda-invite-url[]

    private JdaInviteUrl() {
    }
}
