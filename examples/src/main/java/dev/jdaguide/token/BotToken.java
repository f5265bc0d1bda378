package dev.jdaguide.token;

import dev.jdaguide.token.BotTokenException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A bot token read from the environment and checked for the usual paste mistakes.
 *
 * <p>The checks look only at the token's shape, because only a login shows whether Discord accepts it.
 * {@link #toString()} never shows the token, so an instance can be logged safely.
 */
public final class BotToken {

    /** The environment variable every example reads its token from. */
    public static final String TOKEN_VARIABLE = "DISCORD_TOKEN";

    private static final String WHERE_TO_GET_IT =
            "the Bot page of your application in the Discord Developer Portal (Reset Token)";

    private static final Pattern BASE64URL_PART = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Pattern ALLOWED_CHARACTERS = Pattern.compile("[A-Za-z0-9_.-]*");
    private static final Pattern CLIENT_SECRET = Pattern.compile("[A-Za-z0-9_-]{32}");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    // Discord's snowflake ids have 17 to 20 decimal digits.
    private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{17,20}");

    private final String value;

    private BotToken(String value) {
        this.value = value;
    }

    // tag::read-token[]
    /**
     * Reads the token from {@value #TOKEN_VARIABLE}.
     *
     * @param environment looks up an environment variable by name, such as {@code System::getenv}
     * @throws BotTokenException if the variable is missing or does not contain a bot token
     */
    public static BotToken fromEnvironment(Function<String, String> environment) {
        return parse(environment.apply(TOKEN_VARIABLE), TOKEN_VARIABLE);
    }
    // end::read-token[]

    /**
     * Checks that {@code value} has the shape of a bot token.
     *
     * @param value the text that should be a token, or {@code null} when it was not set
     * @param source where the value came from, such as a variable name, for the error message
     * @throws BotTokenException naming the first mistake found and its fix
     */
    // tag::paste-mistakes[]
    public static BotToken parse(String value, String source) {
        if (value == null || value.isBlank()) {
            String state = value == null ? "is not set" : "is empty";
            throw new BotTokenException(Reason.MISSING, source + " " + state + ". Copy the bot token from "
                    + WHERE_TO_GET_IT + " and set " + source + " to it.");
        }
        if (!value.equals(value.strip())) {
            throw new BotTokenException(Reason.SURROUNDING_WHITESPACE, source + " has spaces or a line break"
                    + " around the token. Set it to the token alone.");
        }
        if (startsOrEndsWithQuote(value)) {
            throw new BotTokenException(Reason.SURROUNDING_QUOTES, source + " starts or ends with a quote"
                    + " character. Remove the quotes from the value: IDE run configurations and .env files keep"
                    + " them as part of the token.");
        }
        if (value.regionMatches(true, 0, "Bot ", 0, 4)) {
            throw new BotTokenException(Reason.BOT_PREFIX, source + " starts with \"Bot \". Set it to the token"
                    + " alone, because JDA adds the \"Bot \" prefix to every request itself.");
        }
        if (CLIENT_SECRET.matcher(value).matches()) {
            throw new BotTokenException(Reason.CLIENT_SECRET, source + " looks like the Client Secret from the"
                    + " OAuth2 page (32 characters, no dots). Copy the bot token from " + WHERE_TO_GET_IT
                    + " instead.");
        }
        if (DIGITS.matcher(value).matches()) {
            throw new BotTokenException(Reason.APPLICATION_ID, source + " contains only digits, which looks like"
                    + " the Application ID. Copy the bot token from " + WHERE_TO_GET_IT + " instead.");
        }
        if (!isThreeBase64UrlParts(value)) {
            throw new BotTokenException(Reason.MALFORMED, source + " is not a bot token: " + describeShape(value)
                    + ", but a bot token is three parts of letters, digits, '-' and '_' separated by dots."
                    + " Copy the token again from " + WHERE_TO_GET_IT + ".");
        }
        return new BotToken(value);
    }
    // end::paste-mistakes[]

    /** Returns the token to hand to JDA. Never log or print it. */
    public String value() {
        return value;
    }

    /**
     * Returns the bot's user id, which the first part of a token encodes in base64.
     *
     * <p>The id is public, because Discord shows it to everyone who can see the bot, so it may be logged. The result is empty when
     * the first part does not decode to a snowflake id.
     */
    public OptionalLong botUserId() {
        String firstPart = value.substring(0, value.indexOf('.'));
        String decoded;
        try {
            decoded = new String(Base64.getUrlDecoder().decode(firstPart), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException notBase64) {
            return OptionalLong.empty();
        }
        if (!SNOWFLAKE.matcher(decoded).matches()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseUnsignedLong(decoded));
        } catch (NumberFormatException beyondUnsignedLong) {
            return OptionalLong.empty();
        }
    }

    private static boolean startsOrEndsWithQuote(String value) {
        return isQuote(value.charAt(0)) || isQuote(value.charAt(value.length() - 1));
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\'' || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019';
    }

    private static boolean isThreeBase64UrlParts(String value) {
        String[] parts = value.split("\\.", -1);
        if (parts.length != 3) {
            return false;
        }
        for (String part : parts) {
            if (!BASE64URL_PART.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    /** Describes what is wrong with a malformed value without repeating any of its characters. */
    private static String describeShape(String value) {
        if (!ALLOWED_CHARACTERS.matcher(value).matches()) {
            boolean whitespace = value.chars().anyMatch(Character::isWhitespace);
            return whitespace ? "it contains whitespace" : "it contains characters that are not allowed";
        }
        int parts = value.split("\\.", -1).length;
        if (parts != 3) {
            return "it has " + parts + (parts == 1 ? " part" : " parts");
        }
        return "one of its parts is empty";
    }

    /** Shows the bot user id when known, never the token. */
    @Override
    public String toString() {
        OptionalLong id = botUserId();
        String user = id.isPresent() ? "bot user id " + Long.toUnsignedString(id.getAsLong()) : "bot user id unknown";
        return "BotToken[" + user + ", token hidden]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BotToken token && value.equals(token.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }
}
