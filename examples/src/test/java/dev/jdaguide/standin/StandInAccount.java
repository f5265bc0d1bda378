package dev.jdaguide.standin;

import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * The application and bot user the stand-in pretends to be, with the one token it accepts.
 *
 * @param applicationId the application id, which Discord also uses as the bot user's id
 * @param botName the bot user's name
 * @param validToken the only token that logs in
 * @param enabledPrivilegedIntents the raw bits of the privileged intents switched on for this bot, as on the Bot page
 * @param guildId the id of the one server (guild) the bot is in
 * @param guildName that server's name
 * @param commandsScopeGranted whether the bot joined that server with the {@code applications.commands} scope
 */
record StandInAccount(String applicationId, String botName, String validToken, int enabledPrivilegedIntents,
        String guildId, String guildName, boolean commandsScopeGranted) {

    boolean isValidAuthorization(String authorization) {
        return ("Bot " + validToken).equals(authorization);
    }

    DataObject selfUser() {
        return DataObject.empty()
                .put("id", applicationId)
                .put("username", botName)
                .put("global_name", null)
                .put("discriminator", "0")
                .put("avatar", null)
                .put("bot", true)
                .put("verified", true)
                .put("mfa_enabled", false)
                .put("flags", 0);
    }

    DataObject application() {
        return DataObject.empty()
                .put("id", applicationId)
                .put("name", botName)
                .put("icon", null)
                .put("description", "")
                .put("bot_public", true)
                .put("bot_require_code_grant", false)
                .put("flags", 0)
                .put("tags", DataArray.empty())
                .put("redirect_uris", DataArray.empty())
                .put("owner", selfUser().put("bot", false).put("id", "100000000000000001").put("username", "owner"));
    }
}
