package dev.jdaguide.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.ApplicationInfo;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DiscordStandInTests {

    @RegisterExtension
    final DiscordStandIn standIn = DiscordStandIn.forEachTest();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void listensOnLoopbackOnly() {
        assertTrue(standIn.restBaseUrl().startsWith("http://127.0.0.1:"), standIn.restBaseUrl());
        assertTrue(standIn.gatewayUrl().startsWith("ws://127.0.0.1:"), standIn.gatewayUrl());
    }

    @Test
    void validTokenReachesReady() throws Exception {
        JDA jda = standIn.connect(JDABuilder.createLight(standIn.validToken())).build();
        try {
            jda.awaitReady();

            assertEquals(JDA.Status.CONNECTED, jda.getStatus());
            assertEquals(DiscordStandIn.BOT_NAME, jda.getSelfUser().getName());
            assertEquals(1, standIn.identifyPayloads().size());
            assertEquals(DiscordStandIn.GUILD_NAME, jda.getGuildById(DiscordStandIn.GUILD_ID).getName());
        } finally {
            jda.shutdown();
            jda.awaitShutdown(Duration.ofSeconds(10));
        }
    }

    @Test
    void applicationInfoHasApplicationId() throws Exception {
        JDA jda = standIn.connect(JDABuilder.createLight(standIn.validToken())).build();
        try {
            jda.awaitReady();

            ApplicationInfo application = jda.retrieveApplicationInfo().complete();

            assertEquals(DiscordStandIn.APPLICATION_ID, application.getId());
            assertEquals(DiscordStandIn.BOT_NAME, application.getName());
        } finally {
            jda.shutdown();
            jda.awaitShutdown(Duration.ofSeconds(10));
        }
    }

    @Test
    void rejectedTokenFailsWithInvalidTokenException() {
        JDABuilder builder = standIn.connect(JDABuilder.createLight(standIn.rejectedToken()));

        assertThrows(InvalidTokenException.class, builder::build);
    }

    @Test
    void sendsTokenInBotAuthorizationHeader() {
        JDABuilder builder = standIn.connect(JDABuilder.createLight(standIn.rejectedToken()));
        assertThrows(InvalidTokenException.class, builder::build);

        RecordedRequest first = standIn.requests().get(0);
        assertEquals("GET users/@me", first.line());
        assertEquals("Bot " + standIn.rejectedToken(), first.authorization());
    }

    @Test
    void dispatchBeforeLoginFails() {
        assertThrows(IllegalStateException.class, () -> standIn.dispatchSlashCommand("ping"));
    }

    @Test
    void callbackWithoutResponseGets204() throws Exception {
        JDA jda = standIn.connect(JDABuilder.createLight(standIn.validToken())).build();
        try {
            jda.awaitReady();
            StandInInteraction interaction = standIn.dispatchSlashCommand("ping");

            assertEquals(204, postCallback(interaction.callbackPath()).statusCode());
        } finally {
            jda.shutdown();
            jda.awaitShutdown(Duration.ofSeconds(10));
        }
    }

    @Test
    void secondCallbackGets400() throws Exception {
        JDA jda = standIn.connect(JDABuilder.createLight(standIn.validToken())).build();
        try {
            jda.awaitReady();
            StandInInteraction interaction = standIn.dispatchSlashCommand("ping");
            postCallback(interaction.callbackPath());

            HttpResponse<String> second = postCallback(interaction.callbackPath());

            assertEquals(400, second.statusCode(), second.body());
            assertTrue(second.body().contains(Integer.toString(ErrorResponse.INTERACTION_ALREADY_ACKNOWLEDGED.getCode())),
                    second.body());
        } finally {
            jda.shutdown();
            jda.awaitShutdown(Duration.ofSeconds(10));
        }
    }

    @Test
    void callbackForUnknownInteractionGets404() throws Exception {
        String unknownId = "1300000000000000999";
        String path = "interactions/" + unknownId + "/" + FakeTokens.forInteraction(unknownId) + "/callback";

        HttpResponse<String> response = postCallback(path);

        assertEquals(404, response.statusCode(), response.body());
        assertTrue(response.body().contains(Integer.toString(ErrorResponse.UNKNOWN_INTERACTION.getCode())),
                response.body());
    }

    /** Posts a type 4 response without {@code with_response=true}, as a client other than JDA 6.5.0 may. */
    private HttpResponse<String> postCallback(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(standIn.restBaseUrl() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":4,\"data\":{\"content\":\"test\"}}"))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
