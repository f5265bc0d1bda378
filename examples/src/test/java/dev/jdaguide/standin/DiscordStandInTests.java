package dev.jdaguide.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.entities.ApplicationInfo;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DiscordStandInTests {

    @RegisterExtension
    final DiscordStandIn standIn = DiscordStandIn.forEachTest();

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
}
