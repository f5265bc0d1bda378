package dev.jdaguide.invite;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.SessionController;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * A stand-in for Discord's REST API on 127.0.0.1 that lets a real JDA log in without any network.
 *
 * <p>It responds to {@code GET users/@me} with a bot user whose id is the application id, which is what JDA reads the
 * invite's {@code client_id} from, and {@code GET oauth2/applications/@me} with that application. Every other
 * request gets 404. The gateway is never contacted, because the session controller given to JDA never starts a
 * session. Fake credentials are built at run time so nothing committed looks like a token.
 */
final class LoopbackDiscord implements AutoCloseable {

    private final String applicationId;
    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private JDA jda;

    LoopbackDiscord(String applicationId) throws IOException {
        this.applicationId = applicationId;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::respond);
        server.start();
    }

    /** Logs a JDA in against this server and returns it. {@link #close()} shuts it down. */
    JDA login() throws InterruptedException {
        String baseUrl = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/v10/";
        jda = JDABuilder.createLight(fakeToken(), List.<GatewayIntent>of())
                .setRestConfig(new RestConfig().setBaseUrl(baseUrl))
                .setSessionController(new NeverConnectingSessionController())
                .setEnableShutdownHook(false)
                .build();
        return jda;
    }

    /** Returns each request's method and path, in the order they arrived. */
    List<String> requests() {
        return List.copyOf(requests);
    }

    private void respond(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(exchange.getRequestMethod() + " " + path);
        String body;
        if (path.endsWith("/users/@me")) {
            body = botUserJson();
        } else if (path.endsWith("/oauth2/applications/@me")) {
            body = "{\"id\":\"" + applicationId + "\",\"name\":\"Guide Bot\",\"description\":\"\","
                    + "\"icon\":null,\"bot_public\":true,\"bot_require_code_grant\":false,"
                    + "\"flags\":0,\"team\":null,\"owner\":" + ownerJson() + "}";
        } else {
            send(exchange, 404, "{\"message\":\"404: Not Found\",\"code\":0}");
            return;
        }
        send(exchange, 200, body);
    }

    private String botUserJson() {
        return "{\"id\":\"" + applicationId + "\",\"username\":\"Guide Bot\",\"global_name\":null,"
                + "\"discriminator\":\"0000\",\"avatar\":null,\"bot\":true,\"verified\":true,"
                + "\"mfa_enabled\":false,\"flags\":0}";
    }

    private static String ownerJson() {
        return "{\"id\":\"223456789012345678\",\"username\":\"owner\",\"global_name\":null,"
                + "\"discriminator\":\"0\",\"avatar\":null,\"public_flags\":0}";
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream body = exchange.getResponseBody()) {
            body.write(bytes);
        }
    }

    private String fakeToken() {
        return "loopback" + "." + "test" + "." + "not-a-real-token";
    }

    @Override
    public void close() throws InterruptedException {
        if (jda != null) {
            // A graceful shutdown lets JDA finish its rate-limit bookkeeping, which shutdownNow interrupts.
            jda.shutdown();
            if (!jda.awaitShutdown(10, TimeUnit.SECONDS)) {
                jda.shutdownNow();
            }
        }
        server.stop(0);
    }

    /** Accepts sessions but never starts them, so JDA does not open a gateway connection. */
    private static final class NeverConnectingSessionController extends SessionControllerAdapter {
        @Override
        public void appendSession(SessionController.SessionConnectNode node) {
            // Deliberately empty: starting the node would connect to the gateway.
        }

        @Override
        public String getGateway() {
            return "ws://127.0.0.1:9/";
        }
    }
}
