package dev.jdaguide.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdaguide.token.BotTokenException.Reason;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BotTokenTests {

    private static BotTokenException rejection(String value) {
        return assertThrows(BotTokenException.class,
                () -> BotToken.fromEnvironment(Map.of(BotToken.TOKEN_VARIABLE, value)::get));
    }

    @Test
    void readsWellFormedTokenFromEnvironment() {
        String raw = FakeTokens.wellFormed();

        BotToken token = BotToken.fromEnvironment(Map.of("DISCORD_TOKEN", raw)::get);

        assertEquals(raw, token.value());
    }

    @Test
    void readsOnlyTheDiscordTokenVariable() {
        StringBuilder requested = new StringBuilder();

        BotToken.fromEnvironment(name -> {
            requested.append(name);
            return FakeTokens.wellFormed();
        });

        assertEquals("DISCORD_TOKEN", requested.toString());
    }

    @Test
    void rejectsUnsetVariable() {
        BotTokenException e = assertThrows(BotTokenException.class, () -> BotToken.fromEnvironment(name -> null));

        assertEquals(Reason.MISSING, e.reason());
        assertTrue(e.getMessage().startsWith("DISCORD_TOKEN is not set."), e.getMessage());
    }

    @Test
    void missingTokenMessageNamesBotPage() {
        BotTokenException e = assertThrows(BotTokenException.class, () -> BotToken.fromEnvironment(name -> null));

        assertTrue(e.getMessage().contains("Bot page"), e.getMessage());
        assertTrue(e.getMessage().contains("Reset Token"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("blankValues")
    void rejectsEmptyOrBlankValue(String value) {
        BotTokenException e = rejection(value);

        assertEquals(Reason.MISSING, e.reason());
        assertTrue(e.getMessage().startsWith("DISCORD_TOKEN is empty."), e.getMessage());
    }

    static Stream<String> blankValues() {
        return Stream.of("", " ", "\n", "\t \r\n");
    }

    static Stream<Arguments> pasteMistakes() {
        String token = FakeTokens.wellFormed();
        return Stream.of(
                Arguments.of("trailing line break", token + "\n", Reason.SURROUNDING_WHITESPACE),
                Arguments.of("leading space", " " + token, Reason.SURROUNDING_WHITESPACE),
                Arguments.of("double quotes", "\"" + token + "\"", Reason.SURROUNDING_QUOTES),
                Arguments.of("single quotes", "'" + token + "'", Reason.SURROUNDING_QUOTES),
                Arguments.of("typographic quotes", "\u201C" + token + "\u201D", Reason.SURROUNDING_QUOTES),
                Arguments.of("opening quote only", "\"" + token, Reason.SURROUNDING_QUOTES),
                Arguments.of("Bot prefix", "Bot " + token, Reason.BOT_PREFIX),
                Arguments.of("lower-case bot prefix", "bot " + token, Reason.BOT_PREFIX),
                Arguments.of("Client Secret", FakeTokens.clientSecretShaped(), Reason.CLIENT_SECRET),
                Arguments.of("application id", "123456789012345678", Reason.APPLICATION_ID),
                Arguments.of("two parts", token.substring(0, token.lastIndexOf('.')), Reason.MALFORMED),
                Arguments.of("four parts", token + ".extra", Reason.MALFORMED),
                Arguments.of("empty middle part", token.replace(".fakeTS.", ".."), Reason.MALFORMED),
                Arguments.of("space inside", token.replace(".fakeTS.", ".fake TS."), Reason.MALFORMED),
                Arguments.of("standard base64 characters", token.replace("_-", "+/"), Reason.MALFORMED),
                Arguments.of("31 characters without dots", FakeTokens.clientSecretShaped().substring(1),
                        Reason.MALFORMED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pasteMistakes")
    void rejectsPasteMistakeWithItsOwnReason(String mistake, String value, Reason expected) {
        assertEquals(expected, rejection(value).reason());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pasteMistakes")
    void rejectionMessageNamesTheVariable(String mistake, String value, Reason expected) {
        String message = rejection(value).getMessage();

        assertTrue(message.startsWith("DISCORD_TOKEN "), message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pasteMistakes")
    void rejectionMessageIsOneLine(String mistake, String value, Reason expected) {
        String message = rejection(value).getMessage();

        assertFalse(message.contains("\n") || message.contains("\r"), message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pasteMistakes")
    void rejectionMessageLeavesOutTheValue(String mistake, String value, Reason expected) {
        String message = rejection(value).getMessage();

        assertFalse(message.contains(value.strip()), message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pasteMistakes")
    void rejectionMessageLeavesOutEachPartOfTheValue(String mistake, String value, Reason expected) {
        String message = rejection(value).getMessage();

        for (String part : value.strip().split("[. ]")) {
            if (part.length() >= 6) {
                assertFalse(message.contains(part), () -> "message repeats part '" + part + "': " + message);
            }
        }
    }

    @Test
    void clientSecretMessagePointsToTheBotPage() {
        String message = rejection(FakeTokens.clientSecretShaped()).getMessage();

        assertTrue(message.contains("Client Secret"), message);
        assertTrue(message.contains("Bot page"), message);
    }

    @Test
    void botPrefixMessageSaysJdaAddsIt() {
        String message = rejection("Bot " + FakeTokens.wellFormed()).getMessage();

        assertTrue(message.contains("JDA adds"), message);
    }

    @Test
    void malformedMessageCountsTheParts() {
        String token = FakeTokens.wellFormed();

        String message = rejection(token.substring(0, token.lastIndexOf('.'))).getMessage();

        assertTrue(message.contains("it has 2 parts"), message);
    }

    @Test
    void decodesBotUserIdFromFirstPart() {
        BotToken token = BotToken.parse(FakeTokens.wellFormed(987654321098765432L), "test");

        assertEquals(OptionalLong.of(987654321098765432L), token.botUserId());
    }

    @Test
    void botUserIdEmptyForNonIdPart() {
        BotToken token = BotToken.parse("bm90LWFuLWlk.fakeTS.xxxxxxxxxxxxxxxxxxxxxxxxxxx", "test");

        assertEquals(OptionalLong.empty(), token.botUserId());
    }

    @Test
    void toStringShowsBotUserId() {
        BotToken token = BotToken.parse(FakeTokens.wellFormed(), "test");

        assertEquals("BotToken[bot user id " + FakeTokens.BOT_USER_ID + ", token hidden]", token.toString());
    }

    @Test
    void toStringLeavesOutSecretParts() {
        String raw = FakeTokens.wellFormed();
        String[] parts = raw.split("\\.");

        String text = BotToken.parse(raw, "test").toString();

        assertFalse(text.contains(parts[0]), text);
        assertFalse(text.contains(parts[1]), text);
        assertFalse(text.contains(parts[2]), text);
    }

    @Test
    void tokensWithSameValueAreEqual() {
        String raw = FakeTokens.wellFormed();

        assertEquals(BotToken.parse(raw, "a"), BotToken.parse(raw, "b"));
    }

    @Test
    void messageNamesTheGivenSource() {
        BotTokenException e = assertThrows(BotTokenException.class, () -> BotToken.parse(null, "bot.token"));

        assertTrue(e.getMessage().startsWith("bot.token is not set."), e.getMessage());
    }
}
