package dev.jdaguide.token;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Builds token-shaped test values at run time, so no committed file contains anything that looks like a token.
 */
final class FakeTokens {

    static final long BOT_USER_ID = 123456789012345678L;

    private FakeTokens() {
    }

    /** Returns a value shaped like a token issued since 2022: id part, 6-character timestamp, 38-character HMAC. */
    static String wellFormed() {
        return wellFormed(BOT_USER_ID);
    }

    static String wellFormed(long botUserId) {
        String idPart = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Long.toString(botUserId).getBytes(StandardCharsets.US_ASCII));
        return idPart + "." + "fakeTS" + "." + "x".repeat(19) + "_-" + "Y".repeat(17);
    }

    /** Returns a value shaped like a Client Secret: 32 base64url characters and no dots. */
    static String clientSecretShaped() {
        return "s".repeat(16) + "-_" + "9".repeat(14);
    }
}
