package dev.jdaguide.standin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import net.dv8tion.jda.api.GatewayEncoding;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A stand-in for Discord on 127.0.0.1: a REST API and a gateway, enough for JDA to log in, reach READY and register
 * commands, so tests can run an example's real JDA code without reaching Discord.
 *
 * <p>Start one per test with {@link #start()}, pass a builder through {@link #connect(JDABuilder)} and close it at
 * the end, or let JUnit do both through {@link #forEachTest()}. Both servers listen on ports the system picks, so
 * tests can run side by side.
 */
// close() waits for the servers' threads to stop, so it may throw InterruptedException, which javac warns about.
@SuppressWarnings("try")
public final class DiscordStandIn implements AutoCloseable, AfterEachCallback {

    /** The application id, which is also the bot user's id; a made-up snowflake. */
    public static final String APPLICATION_ID = "1300000000000000042";
    public static final String BOT_NAME = "GuideBot";
    /** The id of the one test server the bot is in; a made-up snowflake. */
    public static final String GUILD_ID = "1300000000000000777";
    public static final String GUILD_NAME = "Test Server";
    /** The id of the test server's one text channel, where interactions come from; a made-up snowflake. */
    public static final String CHANNEL_ID = "1300000000000000888";
    public static final String CHANNEL_NAME = "general";
    /** The id of the person who uses the bot's commands in the test server; a made-up snowflake. */
    public static final String USER_ID = "1300000000000000555";
    public static final String USER_NAME = "reader";

    /**
     * The id that dispatched slash commands carry as their command id; a made-up snowflake. JDA 6.5.0 does not check
     * it against the registered commands.
     */
    private static final String DISPATCHED_COMMAND_ID = "1300000000000000321";

    private final StandInAccount account;
    private final StandInRestApi restApi;
    private final StandInGateway gateway;
    private final AtomicLong nextInteractionId = new AtomicLong(1_300_000_000_200_000_000L);

    private DiscordStandIn(StandInAccount account) throws IOException {
        this.account = account;
        this.restApi = new StandInRestApi(account);
        this.gateway = new StandInGateway(account);
    }

    /** Starts a stand-in for a bot with no privileged intents switched on. */
    public static DiscordStandIn start() throws IOException, InterruptedException {
        return start(new GatewayIntent[0]);
    }

    /** Starts a stand-in for a bot whose Bot page has the given privileged intents switched on. */
    public static DiscordStandIn start(GatewayIntent... enabledPrivilegedIntents)
            throws IOException, InterruptedException {
        return start(true, enabledPrivilegedIntents);
    }

    /**
     * Starts a stand-in like {@link #start()} for a non-static {@code @RegisterExtension} field, which JUnit then
     * closes after each test.
     *
     * <p>JUnit's default lifecycle makes a new test instance for each test, so each test gets its own stand-in. A
     * class annotated {@code @TestInstance(Lifecycle.PER_CLASS)} would share one that is closed after its first
     * test, so such a class calls {@link #start()} itself. Start failures are rethrown unchecked because a field
     * initializer may throw a checked exception only if every constructor declares it.
     */
    public static DiscordStandIn forEachTest() {
        try {
            return start();
        } catch (IOException e) {
            throw new UncheckedIOException("The stand-in failed to start on 127.0.0.1.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while starting the stand-in.", e);
        }
    }

    /**
     * Starts a stand-in for a bot that joined its test server with the {@code bot} scope only, so registering
     * commands in that server fails with 403 and error code 50001 (Missing Access).
     */
    public static DiscordStandIn startWithoutCommandsScope() throws IOException, InterruptedException {
        return start(false);
    }

    private static DiscordStandIn start(boolean commandsScopeGranted, GatewayIntent... enabledPrivilegedIntents)
            throws IOException, InterruptedException {
        StandInAccount account = new StandInAccount(APPLICATION_ID, BOT_NAME,
                FakeTokens.forBot(APPLICATION_ID, 'a'), GatewayIntent.getRaw(List.of(enabledPrivilegedIntents)),
                GUILD_ID, GUILD_NAME, commandsScopeGranted);
        DiscordStandIn standIn = new DiscordStandIn(account);
        standIn.gateway.startAndWait();
        standIn.restApi.start(standIn.gateway.url());
        return standIn;
    }

    /** Returns the token this stand-in accepts. */
    public String validToken() {
        return account.validToken();
    }

    /** Returns a token of the same shape that this stand-in rejects with a 401. */
    public String rejectedToken() {
        return FakeTokens.forBot(APPLICATION_ID, 'z');
    }

    /**
     * Points a builder's REST calls and gateway connection at this stand-in, with the JSON encoding and no
     * compression, which is what the stand-in's gateway speaks.
     */
    public JDABuilder connect(JDABuilder builder) {
        return builder
                .setRestConfig(new RestConfig().setBaseUrl(restApi.baseUrl()))
                .setSessionController(new StandInSessionController(gateway.url()))
                .setGatewayEncoding(GatewayEncoding.JSON)
                .setCompression(Compression.NONE);
    }

    public String restBaseUrl() {
        return restApi.baseUrl();
    }

    public String gatewayUrl() {
        return gateway.url();
    }

    /** Returns every REST request received so far, oldest first. */
    public List<RecordedRequest> requests() {
        return restApi.requests();
    }

    /** Returns the {@code d} object of every IDENTIFY the gateway received, oldest first. */
    public List<DataObject> identifyPayloads() {
        return gateway.identifyPayloads();
    }

    /**
     * Sends the logged-in bot an INTERACTION_CREATE, as Discord does when {@link #USER_NAME} uses the slash command
     * {@code /name} in the test server's text channel, and accepts one response to it.
     *
     * @return the dispatched interaction, whose {@link StandInInteraction#callbackPath()} the bot's response must use
     * @throws IllegalStateException when no bot is logged in to the gateway
     */
    public StandInInteraction dispatchSlashCommand(String name) {
        String id = Long.toString(nextInteractionId.getAndIncrement());
        StandInInteraction interaction = new StandInInteraction(id, FakeTokens.forInteraction(id));
        restApi.acceptCallback(interaction);
        gateway.dispatch("INTERACTION_CREATE", interaction.toGuildSlashCommand(account, DISPATCHED_COMMAND_ID, name));
        return interaction;
    }

    /** Waits up to {@code timeout} for a REST request that matches, and returns the first one that does. */
    public Optional<RecordedRequest> awaitRequest(Predicate<RecordedRequest> condition, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<RecordedRequest> match = requests().stream().filter(condition).findFirst();
            if (match.isPresent()) {
                return match;
            }
            Thread.sleep(20);
        }
        return requests().stream().filter(condition).findFirst();
    }

    @Override
    public void close() throws InterruptedException {
        restApi.stop();
        gateway.stop(1000);
    }

    /**
     * Closes this stand-in after a test. JUnit runs this after the test class's own {@code @AfterEach} methods, so a
     * JDA that those shut down can still reach the stand-in while it does.
     */
    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        close();
    }
}
