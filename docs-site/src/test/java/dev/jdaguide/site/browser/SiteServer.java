package dev.jdaguide.site.browser;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Serves the baked site on 127.0.0.1 at a free port, as a static host would, for the browser tests.
 *
 * <p>A path is looked up in each root folder in turn, and then in a folder that may still be written, so test pages
 * written to another folder are served beside the site and load its stylesheets and scripts by the same relative
 * links.
 */
final class SiteServer implements AutoCloseable {

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "json", "application/json",
            "svg", "image/svg+xml",
            "png", "image/png");

    private final HttpServer server;
    private final List<Path> roots;
    private final CompletableFuture<Path> laterRoot;

    /**
     * Starts serving {@code roots} and, for paths not found there, {@code laterRoot} once it is complete. A request
     * for such a path waits for it. {@code laterRoot} may be {@code null}.
     */
    SiteServer(List<Path> roots, CompletableFuture<Path> laterRoot) throws IOException {
        this.roots = List.copyOf(roots);
        this.laterRoot = laterRoot;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** Returns the address of a page, such as {@code index.html}, on this server. */
    String url(String path) {
        return origin() + "/" + path;
    }

    /** Returns {@code http://127.0.0.1:PORT}, the only origin the pages may load anything from. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
            if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                send(exchange, 405, "text/plain", "Only GET and HEAD are served.".getBytes(StandardCharsets.UTF_8));
                return;
            }
            Path file;
            try {
                file = find(path.endsWith("/") ? path + "index.html" : path);
            } catch (CompletionException e) {
                // The page shows why, so a test that opened it fails with the cause, not with an empty page.
                send(exchange, 500, "text/plain", String.valueOf(e.getCause()).getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (file == null) {
                send(exchange, 404, "text/plain", ("Not found: " + path).getBytes(StandardCharsets.UTF_8));
                return;
            }
            String name = file.getFileName().toString();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            send(exchange, 200, CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"),
                    Files.readAllBytes(file));
        }
    }

    private Path find(String path) {
        for (Path root : roots) {
            Path file = resolve(root, path);
            if (file != null) {
                return file;
            }
        }
        return laterRoot == null ? null : resolve(laterRoot.join(), path);
    }

    private static Path resolve(Path root, String path) {
        Path file = root.resolve(path.substring(1)).normalize();
        // A path with ".." must not reach files outside the served folders.
        return file.startsWith(root) && Files.isRegularFile(file) ? file : null;
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
