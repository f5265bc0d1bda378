package dev.jdaguide.site.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.jdaguide.site.build.BuildOptions;
import dev.jdaguide.site.build.BuildProblem;
import dev.jdaguide.site.build.SiteBuilder;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bakes the real site for a public URL with a sub-path, as GitHub Pages serves a project site at
 * {@code https://OWNER.github.io/REPOSITORY/}, serves it under that sub-path on 127.0.0.1, and follows every link.
 * A link starting with {@code /} would escape the sub-path and fail here.
 */
class SubPathSiteTests {

    private static final String SUB_PATH = "/sub-path/";

    @TempDir
    static Path output;

    private static HttpServer server;
    private static String base;
    private static List<BuildProblem> problems;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void bakeAndServe() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext(SUB_PATH, SubPathSiteTests::serveFile);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort() + SUB_PATH;

        // The site checks' surefire configuration passes the bake's folders and versions as system properties.
        // Without them, as in an IDE, the folders are found from the module's folder and the versions in the POM.
        Path module = Path.of("").toAbsolutePath();
        Path root = Path.of(System.getProperty("site.root", module.getParent().toString()));
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("examples-dir", System.getProperty("site.examples", root.resolve("examples/src").toString()));
        attributes.put("generated-dir", System.getProperty("site.generated",
                module.resolve("target/generated-adoc").toString()));
        attributes.put("jda-version", System.getProperty("jda.version", pomProperty(root, "jda.version")));
        attributes.put("java-version", System.getProperty("java.version.site", pomProperty(root, "java.version")));
        BuildOptions options = new BuildOptions(root,
                Path.of(System.getProperty("site.source", module.resolve("src/jbake").toString())),
                output,
                Path.of(System.getProperty("site.images", root.resolve("images").toString())),
                attributes,
                base);
        problems = new SiteBuilder(options).build();
    }

    private static String pomProperty(Path root, String name) throws IOException {
        Matcher value = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(
                Files.readString(root.resolve("pom.xml")));
        if (!value.find()) {
            throw new IllegalStateException("Property <" + name + "> not found in " + root.resolve("pom.xml")
                    + "; pass -D" + name + "=VALUE to the test JVM.");
        }
        return value.group(1).strip();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void serveFile(HttpExchange exchange) throws IOException {
        try (exchange) {
            String relative = exchange.getRequestURI().getPath().substring(SUB_PATH.length());
            Path file = output.resolve(relative.isEmpty() ? "index.html" : relative).normalize();
            int status = 200;
            if (!file.startsWith(output) || !Files.isRegularFile(file)) {
                // GitHub Pages serves the site's 404.html at any address that is not found.
                status = 404;
                file = output.resolve("404.html");
            }
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void bakesWithoutProblems() {
        assertEquals(List.of(), problems);
    }

    @Test
    void everyLinkResolvesUnderSubPath() throws Exception {
        Set<String> visited = new LinkedHashSet<>();
        List<String> broken = new ArrayList<>();
        Deque<String> pages = new ArrayDeque<>(List.of(base, base + "404.html"));
        while (!pages.isEmpty()) {
            String page = pages.removeFirst();
            if (!visited.add(page)) {
                continue;
            }
            HttpResponse<String> response = get(page);
            if (response.statusCode() != 200) {
                broken.add(page + " returned " + response.statusCode());
                continue;
            }
            if (!page.endsWith("/") && !page.endsWith(".html")) {
                continue;
            }
            Document document = Jsoup.parse(response.body(), page);
            for (Element element : document.select("[href], [src]")) {
                String attribute = element.hasAttr("href") ? "href" : "src";
                String url = element.absUrl(attribute);
                if (url.isEmpty() || !url.startsWith("http://127.0.0.1:" + server.getAddress().getPort())) {
                    continue;
                }
                String withoutFragment = url.replaceFirst("#.*$", "");
                if (!withoutFragment.startsWith(base)) {
                    broken.add(page + ": " + attribute + "=\"" + element.attr(attribute) + "\" leaves " + SUB_PATH);
                } else if (!visited.contains(withoutFragment)) {
                    pages.addLast(withoutFragment);
                }
            }
        }
        assertEquals(List.of(), broken, "links that do not resolve when the site is served under " + SUB_PATH);
        assertTrue(visited.size() > 2, "only " + visited + " were reached");
    }

    @Test
    void notFoundPageLinksWorkInMadeUpFolder() throws Exception {
        String missing = base + "made/up/folder/missing.html";
        HttpResponse<String> response = get(missing);
        assertEquals(404, response.statusCode());

        // jsoup resolves links against the page's <base> element, as a browser does.
        Document page = Jsoup.parse(response.body(), missing);
        List<String> broken = new ArrayList<>();
        for (Element element : page.select("[href], [src]")) {
            String attribute = element.hasAttr("href") ? "href" : "src";
            String url = element.absUrl(attribute).replaceFirst("#.*$", "");
            if (!url.startsWith("http://127.0.0.1:" + server.getAddress().getPort())) {
                continue;
            }
            if (!url.startsWith(base) || get(url).statusCode() != 200) {
                broken.add(attribute + "=\"" + element.attr(attribute) + "\" resolves to " + url);
            }
        }
        assertEquals(List.of(), broken, "links of the not-found page served at " + missing);
        assertTrue(page.select("link[rel=stylesheet]").size() > 0, "the not-found page has no stylesheet");
    }

    @Test
    void sitemapListsAbsoluteUrlsThatResolve() throws Exception {
        Document sitemap = Jsoup.parse(get(base + "sitemap.xml").body(), "", org.jsoup.parser.Parser.xmlParser());
        List<String> locations = sitemap.select("url > loc").eachText();

        assertTrue(locations.contains(base + "index.html"), locations::toString);
        for (String location : locations) {
            assertEquals(200, get(location).statusCode(), location);
        }
    }

    @Test
    void sitemapLeavesOutNotFoundPage() throws Exception {
        assertTrue(!get(base + "sitemap.xml").body().contains("404.html"));
    }

    @Test
    void robotsNamesSitemap() throws Exception {
        String robots = get(base + "robots.txt").body();

        assertTrue(robots.lines().anyMatch(line -> line.equals("Sitemap: " + base + "sitemap.xml")), robots);
    }
}
