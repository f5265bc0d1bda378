package dev.jdaguide.standin;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.utils.ConcurrentSessionController;

/**
 * Hands JDA the stand-in's gateway address in place of Discord's.
 *
 * <p>JDA 6.5.0 gets the gateway URL from the session controller: a single session calls {@link #getGateway()}, which
 * by default returns Discord's fixed address, and a sharded start calls {@link #getShardedGateway(JDA)}, which by
 * default calls {@code GET gateway/bot}.
 */
final class StandInSessionController extends ConcurrentSessionController {

    private final String gatewayUrl;

    StandInSessionController(String gatewayUrl) {
        this.gatewayUrl = gatewayUrl;
    }

    @Override
    public String getGateway() {
        return gatewayUrl;
    }

    @Override
    public ShardedGateway getShardedGateway(JDA api) {
        return new ShardedGateway(gatewayUrl, 1);
    }
}
