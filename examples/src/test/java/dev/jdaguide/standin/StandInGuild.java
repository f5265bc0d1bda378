package dev.jdaguide.standin;

import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/** Builds the entities of the stand-in's one test server that both GUILD_CREATE and interactions contain. */
final class StandInGuild {

    /** Channel type 0, GUILD_TEXT. */
    static final int TEXT_CHANNEL = 0;

    /** The permissions a member needs to see a channel and use slash commands in it. */
    static final String COMMAND_USER_PERMISSIONS = Long.toString(Permission.getRaw(
            Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND, Permission.USE_APPLICATION_COMMANDS));

    private StandInGuild() {
    }

    /** Builds the server's one text channel, with the fields JDA 6.5.0 reads. */
    static DataObject textChannel(StandInAccount account) {
        return DataObject.empty()
                .put("id", DiscordStandIn.CHANNEL_ID)
                .put("type", TEXT_CHANNEL)
                .put("guild_id", account.guildId())
                .put("name", DiscordStandIn.CHANNEL_NAME)
                .put("position", 0)
                .put("parent_id", null)
                .put("permission_overwrites", DataArray.empty())
                .put("topic", null)
                .put("nsfw", false)
                .put("last_message_id", null)
                .put("rate_limit_per_user", 0)
                .put("default_thread_rate_limit_per_user", 0)
                .put("flags", 0);
    }

    /** Builds a member with no roles for the given user object. */
    static DataObject member(DataObject user) {
        return DataObject.empty()
                .put("user", user)
                .put("roles", DataArray.empty())
                .put("joined_at", "2026-01-01T00:00:00.000000+00:00")
                .put("deaf", false)
                .put("mute", false)
                .put("flags", 0);
    }

    /** Builds the user object of {@link DiscordStandIn#USER_ID}, a person who uses the bot's commands. */
    static DataObject user() {
        return DataObject.empty()
                .put("id", DiscordStandIn.USER_ID)
                .put("username", DiscordStandIn.USER_NAME)
                .put("global_name", null)
                .put("discriminator", "0")
                .put("avatar", null)
                .put("bot", false)
                .put("flags", 0);
    }
}
