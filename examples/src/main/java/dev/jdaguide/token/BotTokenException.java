package dev.jdaguide.token;

/**
 * Thrown when a bot token is missing or is not a bot token.
 *
 * <p>The message is one line that names the mistake and the fix. It never contains the rejected value.
 */
public final class BotTokenException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The mistake behind a rejected token, one per thing readers paste by accident. */
    public enum Reason {
        /** The variable is not set, or is empty or blank. */
        MISSING,
        /** Spaces, tabs or a line break before or after the token. */
        SURROUNDING_WHITESPACE,
        /** Quotes around the token, copied from a shell or properties file. */
        SURROUNDING_QUOTES,
        /** The {@code Bot } prefix of the HTTP header, which JDA adds itself. */
        BOT_PREFIX,
        /** The OAuth2 Client Secret: 32 characters with no dots. */
        CLIENT_SECRET,
        /** The application id: digits only. */
        APPLICATION_ID,
        /** Anything else that is not three dot-separated base64url parts. */
        MALFORMED
    }

    private final Reason reason;

    BotTokenException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** Returns which mistake was found, so callers and tests need not parse the message. */
    public Reason reason() {
        return reason;
    }
}
