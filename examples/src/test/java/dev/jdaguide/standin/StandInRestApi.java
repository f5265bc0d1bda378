package dev.jdaguide.standin;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.entities.Message.MessageFlag;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/**
 * The HTTP half of the stand-in: responds to the REST calls JDA 6.5.0 makes while logging in, registering commands,
 * retrieving the bot's application and responding to interactions.
 *
 * <p>Every request is recorded. A request without the expected {@code Authorization: Bot <token>} header gets the
 * 401 that Discord sends for a bad token, and an unknown route gets a 404. Interaction callbacks are the exception,
 * because Discord authorizes them by the interaction token in their path, and so does the stand-in.
 */
final class StandInRestApi {

    static final String API_PREFIX = "/api/v10/";

    /**
     * The paths on which Discord returns the bot's own application. JDA 6.5.0's {@code retrieveApplicationInfo} uses
     * the {@code oauth2} one.
     */
    private static final Set<String> APPLICATION_PATHS = Set.of("applications/@me", "oauth2/applications/@me");
    private static final Pattern GLOBAL_COMMANDS = Pattern.compile("applications/(\\d+)/commands");
    private static final Pattern GUILD_COMMANDS = Pattern.compile("applications/(\\d+)/guilds/(\\d+)/commands");
    private static final Pattern INTERACTION_CALLBACK = Pattern.compile("interactions/(\\d+)/([^/]+)/callback");

    private final StandInAccount account;
    private final HttpServer server;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicLong nextCommandId = new AtomicLong(1_300_000_000_000_000_000L);
    private final AtomicLong nextMessageId = new AtomicLong(1_300_000_000_100_000_000L);
    /** The token of every interaction the gateway dispatched, by interaction id. */
    private final Map<String, String> interactionTokens = new ConcurrentHashMap<>();
    private final Set<String> acknowledgedInteractions = ConcurrentHashMap.newKeySet();
    private volatile String gatewayUrl = "";

    StandInRestApi(StandInAccount account) throws IOException {
        this.account = account;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
    }

    void start(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
        server.start();
    }

    void stop() {
        server.stop(0);
    }

    /** Returns the base URL to pass to {@code RestConfig#setBaseUrl}, ending in a slash as JDA expects. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + API_PREFIX;
    }

    List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** Accepts one callback for the interaction from now on, as Discord does once it has sent an interaction. */
    void acceptCallback(StandInInteraction interaction) {
        interactionTokens.put(interaction.id(), interaction.token());
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String relativePath = path.startsWith(API_PREFIX) ? path.substring(API_PREFIX.length()) : path;
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String method = exchange.getRequestMethod();
            requests.add(new RecordedRequest(method, relativePath, authorization == null ? "" : authorization, body));

            Matcher callback = INTERACTION_CALLBACK.matcher(relativePath);
            if (method.equals("POST") && callback.matches()) {
                respondToInteraction(exchange, callback.group(1), callback.group(2), body);
                return;
            }
            if (!account.isValidAuthorization(authorization)) {
                send(exchange, 401, DataObject.empty().put("message", "401: Unauthorized").put("code", 0).toString());
                return;
            }
            route(exchange, method, relativePath, body);
        }
    }

    private void route(HttpExchange exchange, String method, String path, String body) throws IOException {
        if (method.equals("GET") && path.equals("users/@me")) {
            send(exchange, 200, account.selfUser().toString());
        } else if (method.equals("GET") && path.equals("gateway/bot")) {
            send(exchange, 200, gatewayBot().toString());
        } else if (method.equals("GET") && path.equals("gateway")) {
            send(exchange, 200, DataObject.empty().put("url", gatewayUrl).toString());
        } else if (method.equals("GET") && APPLICATION_PATHS.contains(path)) {
            send(exchange, 200, account.application().toString());
        } else if (method.equals("PUT") && isCommandRoute(path)) {
            registerCommands(exchange, body, guildIdOf(path));
        } else {
            send(exchange, 404, DataObject.empty().put("message", "404: Not Found").put("code", 0).toString());
        }
    }

    /**
     * Acknowledges an interaction response. Discord replies 204 No Content, or 200 with an interaction callback
     * response when the request sets {@code with_response=true}, which JDA 6.5.0 always does.
     */
    private void respondToInteraction(HttpExchange exchange, String interactionId, String token, String body)
            throws IOException {
        if (!token.equals(interactionTokens.get(interactionId))) {
            send(exchange, 404, errorBody(ErrorResponse.UNKNOWN_INTERACTION));
            return;
        }
        if (!acknowledgedInteractions.add(interactionId)) {
            send(exchange, 400, errorBody(ErrorResponse.INTERACTION_ALREADY_ACKNOWLEDGED));
            return;
        }
        String query = exchange.getRequestURI().getQuery();
        if (query == null || !query.contains("with_response=true")) {
            exchange.sendResponseHeaders(204, -1);
            return;
        }
        send(exchange, 200, callbackResponse(interactionId, DataObject.fromJson(body)).toString());
    }

    /**
     * Builds the body Discord returns for an interaction response sent with {@code with_response=true}.
     *
     * <p>NOTE: Discord also returns the created message as {@code resource.message}. The stand-in leaves it out
     * because JDA 6.5.0 reads it as optional, and a full message object would add many fields no test reads.
     */
    private DataObject callbackResponse(String interactionId, DataObject response) {
        int flags = response.optObject("data").map(data -> data.getInt("flags", 0)).orElse(0);
        DataObject interaction = DataObject.empty()
                .put("id", interactionId)
                .put("type", StandInInteraction.TYPE_APPLICATION_COMMAND)
                .put("response_message_id", Long.toString(nextMessageId.getAndIncrement()))
                .put("response_message_loading", false)
                .put("response_message_ephemeral", (flags & MessageFlag.EPHEMERAL.getValue()) != 0);
        return DataObject.empty()
                .put("interaction", interaction)
                .put("resource", DataObject.empty().put("type", response.getInt("type")));
    }

    private static String errorBody(ErrorResponse error) {
        return DataObject.empty().put("message", error.getMeaning()).put("code", error.getCode()).toString();
    }

    private boolean isCommandRoute(String path) {
        Matcher global = GLOBAL_COMMANDS.matcher(path);
        Matcher guild = GUILD_COMMANDS.matcher(path);
        return (global.matches() && global.group(1).equals(account.applicationId()))
                || (guild.matches() && guild.group(1).equals(account.applicationId()));
    }

    private void registerCommands(HttpExchange exchange, String body, String guildId) throws IOException {
        boolean mayManage = guildId == null || (guildId.equals(account.guildId()) && account.commandsScopeGranted());
        if (!mayManage) {
            // Discord's response for a server the application was not added to with applications.commands.
            send(exchange, 403, DataObject.empty().put("message", "Missing Access").put("code", 50001).toString());
            return;
        }
        send(exchange, 200, registeredCommands(body, guildId).toString());
    }

    private static String guildIdOf(String path) {
        Matcher guild = GUILD_COMMANDS.matcher(path);
        return guild.matches() ? guild.group(2) : null;
    }

    private DataObject gatewayBot() {
        DataObject limit = DataObject.empty()
                .put("total", 1000)
                .put("remaining", 1000)
                .put("reset_after", 0)
                .put("max_concurrency", 1);
        return DataObject.empty().put("url", gatewayUrl).put("shards", 1).put("session_start_limit", limit);
    }

    /** Echoes the submitted commands back with the fields Discord adds, which JDA reads when it parses the reply. */
    private DataArray registeredCommands(String body, String guildId) {
        DataArray submitted = DataArray.fromJson(body);
        DataArray registered = DataArray.empty();
        for (int i = 0; i < submitted.length(); i++) {
            DataObject command = submitted.getObject(i);
            command.put("id", Long.toString(nextCommandId.getAndIncrement()))
                    .put("application_id", account.applicationId())
                    .put("version", Long.toString(nextCommandId.get()))
                    .put("type", command.getInt("type", 1))
                    .put("default_member_permissions", null)
                    .put("nsfw", false);
            if (guildId != null) {
                command.put("guild_id", guildId);
            }
            registered.add(command);
        }
        return registered;
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
