package dev.jdaguide.site.preview;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the site on 127.0.0.1 and rebuilds it whenever a page, template, asset, image or example file changes.
 *
 * <p>Run by {@code ./mvnw -q -pl docs-site -am process-classes -Ppreview} with the site builder's arguments plus
 * {@code --port=N} (default 8820) and {@code --examples-classes=DIR}. It never reads standard input, so it also runs
 * with {@code </dev/null}, and stops on Ctrl-C.
 */
public final class PreviewServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PreviewServer.class);

    /** How long the sources must be quiet before a burst of changes is rebuilt. */
    static final Duration QUIET_PERIOD = Duration.ofMillis(50);

    private final SiteRebuilder rebuilder;
    private final HttpServer server;
    private final SourceWatcher watcher;

    private PreviewServer(SiteRebuilder rebuilder, HttpServer server, SourceWatcher watcher) {
        this.rebuilder = rebuilder;
        this.server = server;
        this.watcher = watcher;
    }

    public static void main(String[] args) throws Exception {
        PreviewServer preview;
        try {
            preview = start(PreviewOptions.parse(args));
        } catch (PortInUseException e) {
            // One line that names the fix reads better than Maven's report of a failed goal with a stack trace.
            LOG.error(e.getMessage());
            System.exit(1);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            stopped.countDown();
        }, "preview-shutdown"));
        stopped.await();
    }

    /**
     * Takes the port, builds the site once, then starts serving it and watching its sources.
     *
     * @throws PortInUseException if another program listens on the port; the port is taken before the first build, so
     *     this fails within a second
     */
    public static PreviewServer start(PreviewOptions options) throws IOException {
        ExampleCompiler compiler = new ExampleCompiler(options.exampleSources(), options.exampleClasses(),
                ExampleCompiler.classPathOf(PreviewServer.class.getClassLoader()), options.javaRelease());
        SiteRebuilder rebuilder = new SiteRebuilder(options, compiler);
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 0);
        } catch (BindException e) {
            rebuilder.close();
            throw new PortInUseException(options.port(), e);
        }
        rebuilder.buildNow(Set.of());

        server.createContext("/", new PreviewHandler(rebuilder::latest, options.build().root()));
        server.setExecutor(Executors.newFixedThreadPool(4, runnable -> {
            Thread thread = new Thread(runnable, "preview-http");
            thread.setDaemon(true);
            return thread;
        }));
        try {
            server.start();
        } catch (RuntimeException e) {
            rebuilder.close();
            throw e;
        }

        SourceWatcher watcher = new SourceWatcher(options.watchedFolders(), QUIET_PERIOD, rebuilder::request);
        PreviewServer preview = new PreviewServer(rebuilder, server, watcher);
        LOG.info("Serving the site at {}. It rebuilds when a page, template, asset, image or example changes."
                + " Stop with Ctrl-C.", preview.url());
        return preview;
    }

    /** Returns the address of the site's index page, with the port actually bound. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /**
     * Returns the id of what is served. It increases by one when a new build is served, and once more when the site
     * checks that run after it find problems.
     */
    public long buildId() {
        return rebuilder.latest().id();
    }

    /** The port the preview should serve on is taken by another program. */
    static final class PortInUseException extends IOException {

        PortInUseException(int port, BindException cause) {
            super("Port " + port + " on 127.0.0.1 is already in use. Stop the program that uses it, or start the"
                    + " preview on another port with -Dpreview.port=N, for example -Dpreview.port=" + (port + 1) + ".",
                    cause);
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            LOG.warn("Failed to close the file watcher: {}", e.toString());
        }
        server.stop(0);
        rebuilder.close();
        LOG.info("Preview stopped.");
    }
}
