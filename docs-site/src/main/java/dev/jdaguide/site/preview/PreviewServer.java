package dev.jdaguide.site.preview;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
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
        PreviewServer preview = start(PreviewOptions.parse(args));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            preview.close();
            stopped.countDown();
        }, "preview-shutdown"));
        stopped.await();
    }

    /** Builds the site once, then starts serving it and watching its sources. */
    public static PreviewServer start(PreviewOptions options) throws IOException {
        ExampleCompiler compiler = new ExampleCompiler(options.exampleSources(), options.exampleClasses(),
                ExampleCompiler.classPathOf(PreviewServer.class.getClassLoader()), options.javaRelease());
        SiteRebuilder rebuilder = new SiteRebuilder(options, compiler);
        rebuilder.buildNow(Set.of());

        HttpServer server = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), options.port()), 0);
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

    /** Returns the id of the last finished build, which increases by one with every build. */
    public long buildId() {
        return rebuilder.latest().id();
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
