package dev.jdaguide.standin;

import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * An interaction that the stand-in's gateway dispatched, identified the way Discord identifies it to the bot.
 *
 * @param id the interaction's snowflake id
 * @param token the interaction token, which authorizes the response in place of the bot token
 */
public record StandInInteraction(String id, String token) {

    /** Interaction type 2, APPLICATION_COMMAND, in Discord's INTERACTION_CREATE payload. */
    static final int TYPE_APPLICATION_COMMAND = 2;
    /** Command type 1, CHAT_INPUT, which is a slash command. */
    static final int COMMAND_TYPE_CHAT_INPUT = 1;
    /** Context type 0, GUILD: the command was used in a server. */
    static final int CONTEXT_GUILD = 0;
    /** The key of a guild install in {@code authorizing_integration_owners}. */
    static final String GUILD_INSTALL = "0";

    /** Returns the path, below the API base URL, to which the bot sends its response to this interaction. */
    public String callbackPath() {
        return "interactions/" + id + "/" + token + "/callback";
    }

    /**
     * Builds the {@code d} object of an INTERACTION_CREATE for a slash command used by {@link DiscordStandIn#USER_ID}
     * in the test server's text channel.
     *
     * <p>The payload is a guild one because that is where the guide's readers use {@code /ping}. JDA 6.5.0 takes the
     * guild from its cache by {@code guild.id}, or treats it as a server the bot is not in when it is not cached. In
     * a cached guild it looks the channel up by {@code channel.id} and throws an IllegalStateException when the
     * channel is missing, so both ids match the GUILD_CREATE the gateway sent. JDA also requires {@code channel},
     * {@code member}, {@code context} and {@code authorizing_integration_owners}, and ignores interactions whose
     * {@code version} is not 1.
     */
    DataObject toGuildSlashCommand(StandInAccount account, String commandId, String commandName) {
        DataObject command = DataObject.empty()
                .put("id", commandId)
                .put("name", commandName)
                .put("type", COMMAND_TYPE_CHAT_INPUT)
                .put("guild_id", account.guildId());
        DataObject partialGuild = DataObject.empty()
                .put("id", account.guildId())
                .put("locale", "en-US")
                .put("features", DataArray.empty());
        return DataObject.empty()
                .put("id", id)
                .put("application_id", account.applicationId())
                .put("type", TYPE_APPLICATION_COMMAND)
                .put("version", 1)
                .put("token", token)
                .put("data", command)
                .put("guild", partialGuild)
                .put("guild_id", account.guildId())
                .put("guild_locale", "en-US")
                .put("channel", StandInGuild.textChannel(account))
                .put("channel_id", DiscordStandIn.CHANNEL_ID)
                .put("member", StandInGuild.member(StandInGuild.user())
                        .put("permissions", StandInGuild.COMMAND_USER_PERMISSIONS))
                .put("locale", "en-US")
                .put("app_permissions", StandInGuild.COMMAND_USER_PERMISSIONS)
                .put("entitlements", DataArray.empty())
                .put("authorizing_integration_owners", DataObject.empty().put(GUILD_INSTALL, account.guildId()))
                .put("context", CONTEXT_GUILD)
                .put("attachment_size_limit", 10_485_760);
    }
}
