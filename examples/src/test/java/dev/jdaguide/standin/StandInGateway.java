package dev.jdaguide.standin;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The WebSocket half of the stand-in: a gateway that speaks just enough of Discord's protocol (JSON encoding, no
 * compression) for JDA to reach READY.
 *
 * <p>It sends HELLO on connect, acknowledges heartbeats, and responds to IDENTIFY with READY for a bot that is in one
 * server, followed by that server's GUILD_CREATE.
 * Once a client is ready, {@link #dispatch(String, DataObject)} sends it further events such as INTERACTION_CREATE.
 * Like Discord, it closes with 4004 for a wrong token and with 4014 when IDENTIFY requests a privileged intent that
 * is not switched on for the bot.
 */
final class StandInGateway extends WebSocketServer {

    static final int OP_DISPATCH = 0;
    static final int OP_HEARTBEAT = 1;
    static final int OP_IDENTIFY = 2;
    static final int OP_HELLO = 10;
    static final int OP_HEARTBEAT_ACK = 11;

    static final int CLOSE_AUTHENTICATION_FAILED = 4004;
    static final int CLOSE_DISALLOWED_INTENTS = 4014;

    private static final int PRIVILEGED_INTENTS = GatewayIntent.getRaw(
            GatewayIntent.GUILD_MEMBERS, GatewayIntent.GUILD_PRESENCES, GatewayIntent.MESSAGE_CONTENT);

    private final StandInAccount account;
    private final CountDownLatch started = new CountDownLatch(1);
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<DataObject> identifyPayloads = new CopyOnWriteArrayList<>();
    private volatile Exception startError;
    /** The connection that last completed IDENTIFY, which receives dispatched events. */
    private volatile WebSocket readyConnection;

    StandInGateway(StandInAccount account) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.account = account;
        setReuseAddr(true);
    }

    void startAndWait() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The stand-in gateway did not start within 10 seconds.");
        }
        if (startError != null) {
            throw new IllegalStateException("The stand-in gateway failed to start on 127.0.0.1.", startError);
        }
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/";
    }

    List<DataObject> identifyPayloads() {
        return List.copyOf(identifyPayloads);
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket connection, ClientHandshake handshake) {
        DataObject hello = DataObject.empty().put("heartbeat_interval", 41_250);
        DataObject payload = DataObject.empty().put("op", OP_HELLO).put("d", hello).put("s", null).put("t", null);
        connection.send(payload.toString());
    }

    @Override
    public void onMessage(WebSocket connection, String message) {
        if (!connection.isOpen()) {
            // A heartbeat can arrive while the connection closes, and sending a reply then would fail.
            return;
        }
        DataObject payload = DataObject.fromJson(message);
        switch (payload.getInt("op")) {
            case OP_HEARTBEAT -> connection.send(DataObject.empty().put("op", OP_HEARTBEAT_ACK).toString());
            case OP_IDENTIFY -> identify(connection, payload.getObject("d"));
            default -> {
                // Presence updates and the like need no reply in the tests.
            }
        }
    }

    private void identify(WebSocket connection, DataObject identify) {
        identifyPayloads.add(identify);
        if (!account.isValidAuthorization("Bot " + identify.getString("token", ""))) {
            connection.close(CLOSE_AUTHENTICATION_FAILED, "Authentication failed.");
            return;
        }
        int requestedPrivileged = identify.getInt("intents", 0) & PRIVILEGED_INTENTS;
        if ((requestedPrivileged & ~account.enabledPrivilegedIntents()) != 0) {
            connection.close(CLOSE_DISALLOWED_INTENTS, "Disallowed intent(s).");
            return;
        }
        connection.send(dispatchPayload("READY", ready()).toString());
        connection.send(dispatchPayload("GUILD_CREATE", guildCreate()).toString());
        readyConnection = connection;
    }

    /**
     * Sends a dispatch (opcode 0) with the given event name and data to the client that is logged in.
     *
     * @throws IllegalStateException when no client has completed IDENTIFY or its connection has closed
     */
    void dispatch(String type, DataObject data) {
        WebSocket connection = readyConnection;
        if (connection == null || !connection.isOpen()) {
            throw new IllegalStateException("No client is logged in to the stand-in gateway, so " + type
                    + " cannot be dispatched. Start the bot and wait until it is ready first.");
        }
        connection.send(dispatchPayload(type, data).toString());
    }

    private DataObject ready() {
        return DataObject.empty()
                .put("v", 10)
                .put("user", account.selfUser())
                .put("guilds", DataArray.empty().add(
                        DataObject.empty().put("id", account.guildId()).put("unavailable", true)))
                .put("private_channels", DataArray.empty())
                .put("session_id", "stand-in-session")
                .put("resume_gateway_url", url())
                .put("application", DataObject.empty().put("id", account.applicationId()).put("flags", 0))
                .put("_trace", DataArray.empty().add("stand-in"));
    }

    /**
     * Builds the one test server, with the fields JDA 6.5.0 reads, one text channel and the bot as its only cached
     * member.
     */
    private DataObject guildCreate() {
        DataObject everyone = DataObject.empty()
                .put("id", account.guildId())
                .put("name", "@everyone")
                .put("permissions", "0")
                .put("position", 0)
                .put("color", 0)
                .put("colors", DataObject.empty()
                        .put("primary_color", 0).put("secondary_color", null).put("tertiary_color", null))
                .put("hoist", false)
                .put("managed", false)
                .put("mentionable", false)
                .put("flags", 0);
        return DataObject.empty()
                .put("id", account.guildId())
                .put("name", account.guildName())
                .put("owner_id", "100000000000000001")
                .put("unavailable", false)
                .put("member_count", 1)
                .put("roles", DataArray.empty().add(everyone))
                .put("members", DataArray.empty().add(StandInGuild.member(account.selfUser())))
                .put("channels", DataArray.empty().add(StandInGuild.textChannel(account)))
                .put("threads", DataArray.empty())
                .put("guild_scheduled_events", DataArray.empty())
                .put("emojis", DataArray.empty())
                .put("stickers", DataArray.empty())
                .put("voice_states", DataArray.empty())
                .put("presences", DataArray.empty())
                .put("features", DataArray.empty())
                .put("preferred_locale", "en-US")
                .put("premium_tier", 0)
                .put("premium_subscription_count", 0)
                .put("mfa_level", 0)
                .put("afk_timeout", 300)
                .put("verification_level", 0)
                .put("default_message_notifications", 0)
                .put("explicit_content_filter", 0)
                .put("nsfw_level", 0)
                .put("system_channel_flags", 0)
                .put("premium_progress_bar_enabled", false);
    }

    private DataObject dispatchPayload(String type, DataObject data) {
        return DataObject.empty()
                .put("op", OP_DISPATCH)
                .put("t", type)
                .put("s", sequence.incrementAndGet())
                .put("d", data);
    }

    @Override
    public void onClose(WebSocket connection, int code, String reason, boolean remote) {
        // The stand-in keeps no state per connection, so there is nothing to clean up.
    }

    @Override
    public void onError(WebSocket connection, Exception error) {
        if (connection == null) {
            // An error without a connection, such as a failed bind, means the server did not start.
            startError = error;
            started.countDown();
        }
    }
}
