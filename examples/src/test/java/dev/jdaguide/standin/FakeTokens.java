package dev.jdaguide.standin;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Builds token-shaped strings at run time, so no committed file contains anything that looks like a real token.
 *
 * <p>The shape follows Discord's bot tokens: the base64 of the bot's user id, a six-character timestamp part and a
 * 38-character HMAC part, joined by dots. The characters are made up; Discord would reject them.
 */
public final class FakeTokens {

    private FakeTokens() {
    }

    /** Returns a token-shaped string for the given bot user id, varied by {@code seed} in its last part. */
    public static String forBot(String botUserId, char seed) {
        String idPart = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(botUserId.getBytes(StandardCharsets.US_ASCII));
        String timestampPart = "Gz" + "Fk" + "Qw";
        String hmacPart = String.valueOf(seed).repeat(6) + "-fake_" + "x".repeat(26) + "_tk";
        return idPart + "." + timestampPart + "." + hmacPart;
    }

    /**
     * Returns a made-up interaction token for the given interaction id: a long opaque string, safe in a URL path, that
     * differs for each interaction.
     */
    public static String forInteraction(String interactionId) {
        String idPart = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("interaction:" + interactionId).getBytes(StandardCharsets.US_ASCII));
        return idPart + "-fake_" + "x".repeat(40) + "_tk";
    }
}
