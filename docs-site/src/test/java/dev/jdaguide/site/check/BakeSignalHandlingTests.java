package dev.jdaguide.site.check;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.orientechnologies.orient.core.OSignalHandler;
import java.util.List;
import org.junit.jupiter.api.Test;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * After a bake, Ctrl-C and SIGTERM reach the JVM's own handling, which runs the shutdown hooks, and not the handlers
 * of OrientDB (JBake's page store), which end the JVM with status 1.
 */
class BakeSignalHandlingTests {

    @Test
    void bakeLeavesNoOrientDbSignalHandlers() {
        SiteFixtures.brokenSite();

        for (String name : List.of("INT", "TERM")) {
            Signal signal = new Signal(name);
            // Signal.handle returns the current handler only by replacing it, so the test puts it back at once.
            SignalHandler current = Signal.handle(signal, SignalHandler.SIG_DFL);
            Signal.handle(signal, current);

            assertFalse(current instanceof OSignalHandler, "OrientDB still handles SIG" + name);
        }
    }
}
