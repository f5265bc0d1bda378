package dev.jdaguide.site.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Serves the files of the last finished build, adding the preview's banner and reload script to HTML pages, and the
 * preview's own build id, script and stylesheet under {@link PreviewPage#PREFIX}.
 */
final class PreviewHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PreviewHandler.class);

    private static final Map<String, String> CONTENT_TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"),
            Map.entry("ico", "image/x-icon"),
            Map.entry("woff2", "font/woff2"),
            Map.entry("woff", "font/woff"));

    private final Supplier<SiteRebuilder.Build> latestBuild;
    private final Path root;

    /**
     * @param latestBuild the last finished build, whose folder is served
     * @param root the project's top folder, for short paths in problem messages
     */
    PreviewHandler(Supplier<SiteRebuilder.Build> latestBuild, Path root) {
        this.latestBuild = latestBuild;
        this.root = root;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            respond(exchange);
        } catch (IOException | RuntimeException e) {
            // The JDK's server drops the connection without a word, so the cause is logged here.
            LOG.warn("Failed to serve {}: {}", exchange.getRequestURI(), e.toString());
            throw e;
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, "text/plain; charset=utf-8", bytes("Only GET and HEAD are supported.\n"));
            return;
        }
        SiteRebuilder.Build build = latestBuild.get();
        String path = exchange.getRequestURI().getPath();
        if (path.startsWith(PreviewPage.PREFIX)) {
            servePreviewResource(exchange, path, build);
        } else {
            serveSiteFile(exchange, path, build);
        }
    }

    private void servePreviewResource(HttpExchange exchange, String path, SiteRebuilder.Build build)
            throws IOException {
        switch (path) {
            case PreviewPage.BUILD_ID_PATH -> send(exchange, 200, "text/plain; charset=utf-8",
                    bytes(String.valueOf(build.id())));
            case PreviewPage.SCRIPT_PATH -> send(exchange, 200, CONTENT_TYPES.get("js"), bytes(PreviewPage.SCRIPT));
            case PreviewPage.STYLESHEET_PATH -> send(exchange, 200, CONTENT_TYPES.get("css"),
                    bytes(PreviewPage.STYLESHEET));
            default -> send(exchange, 404, "text/plain; charset=utf-8", bytes("No preview resource at " + path + "\n"));
        }
    }

    private void serveSiteFile(HttpExchange exchange, String path, SiteRebuilder.Build build) throws IOException {
        Path folder = build.folder();
        String relative = path.substring(1);
        if (relative.isEmpty() || relative.endsWith("/")) {
            relative += "index.html";
        }
        Path file = folder.resolve(relative).normalize();
        if (!file.startsWith(folder)) {
            send(exchange, 404, "text/plain; charset=utf-8", bytes("Not found: " + path + "\n"));
            return;
        }
        if (Files.isDirectory(file)) {
            exchange.getResponseHeaders().set("Location", path + "/");
            send(exchange, 301, "text/plain; charset=utf-8", bytes("Moved to " + path + "/\n"));
            return;
        }
        if (!Files.isRegularFile(file)) {
            serveNotFound(exchange, path, build);
            return;
        }
        String extension = extensionOf(file);
        if (extension.equals("html")) {
            String html = Files.readString(file, StandardCharsets.UTF_8);
            send(exchange, 200, CONTENT_TYPES.get("html"),
                    bytes(PreviewPage.inject(html, build.id(), build.problems(), root)));
        } else {
            send(exchange, 200, CONTENT_TYPES.getOrDefault(extension, "application/octet-stream"),
                    Files.readAllBytes(file));
        }
    }

    /** Serves the site's 404 page as the published host would, or a page of the build's problems without it. */
    private void serveNotFound(HttpExchange exchange, String path, SiteRebuilder.Build build) throws IOException {
        Path notFoundPage = build.folder().resolve("404.html");
        String html = Files.isRegularFile(notFoundPage)
                ? PreviewPage.inject(Files.readString(notFoundPage, StandardCharsets.UTF_8), build.id(),
                        build.problems(), root)
                : PreviewPage.problemsPage(build.id(), build.problems(), root, path);
        send(exchange, 404, CONTENT_TYPES.get("html"), bytes(html));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        // Every response must reflect the latest build, so nothing may be cached.
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String extensionOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
