package dev.jdaguide.site.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the preview on a small site in a temporary folder: one page that includes a tagged region of one example.
 */
class PreviewServerTests {

    private static final Duration REBUILD_TIMEOUT = Duration.ofSeconds(20);

    @TempDir
    Path project;

    private Path page;
    private Path example;
    private PreviewServer preview;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void startPreview() throws Exception {
        Path source = project.resolve("site");
        Files.createDirectories(source.resolve("content"));
        Files.createDirectories(source.resolve("templates"));
        Files.createDirectories(source.resolve("assets"));
        Files.createDirectories(project.resolve("images"));
        Files.writeString(source.resolve("jbake.properties"), String.join("\n",
                "render.index=false", "render.feed=false", "render.archive=false", "render.tags=false",
                "render.sitemap=false", "render.error404=false", "default.status=published", "default.type=page",
                "template.page.file=page.ftl", "db.store=memory",
                "asciidoctor.attributes=attribute-missing=warn,imagesdir=images", ""));
        Files.writeString(source.resolve("templates/page.ftl"), "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
                + "<title>${content.title}</title>\n</head>\n<body>\n${content.body}\n</body>\n</html>\n");
        page = Files.writeString(source.resolve("content/index.adoc"), "= Home\n\nFirst version.\n\n"
                + "[source,java]\n----\ninclude::{examples-dir}/main/java/demo/Hello.java[tag=greet]\n----\n");
        example = project.resolve("examples/src/main/java/demo/Hello.java");
        Files.createDirectories(example.getParent());
        writeExample("String greeting = \"hello\";");

        preview = PreviewServer.start(optionsWithPort(0));
    }

    private PreviewOptions optionsWithPort(int port) {
        Path source = project.resolve("site");
        return PreviewOptions.parse(
                "--root=" + project,
                "--source=" + source,
                "--output=" + project.resolve("out"),
                "--images=" + project.resolve("images"),
                "--attribute=examples-dir=" + project.resolve("examples/src"),
                "--attribute=generated-dir=" + project.resolve("generated-adoc"),
                "--attribute=java-version=17",
                "--examples-classes=" + project.resolve("examples/classes"),
                "--port=" + port);
    }

    @AfterEach
    void stopPreview() {
        if (preview != null) {
            preview.close();
        }
    }

    private void writeExample(String statement) throws IOException {
        Files.writeString(example, "package demo;\n\nfinal class Hello {\n    void greet() {\n"
                + "        // tag::greet[]\n        " + statement + "\n        // end::greet[]\n    }\n}\n");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(preview.url()).resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until a build newer than {@code previous} has finished. */
    private void awaitBuildAfter(long previous) throws InterruptedException {
        long deadline = System.nanoTime() + REBUILD_TIMEOUT.toNanos();
        while (preview.buildId() <= previous) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no rebuild finished within " + REBUILD_TIMEOUT.toSeconds() + " s");
            }
            Thread.sleep(20);
        }
    }

    @Test
    void servesIndexWithReloadScript() throws Exception {
        HttpResponse<String> response = get("/");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("First version."), response.body());
        assertTrue(response.body().contains("data-build-id=\"1\""), response.body());
    }

    @Test
    void servesBuildId() throws Exception {
        HttpResponse<String> response = get("/__preview/build-id");

        assertEquals("1", response.body());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void rebuildsAfterPageEdit() throws Exception {
        Files.writeString(page, Files.readString(page).replace("First version.", "Second version."));

        awaitBuildAfter(1);

        assertTrue(get("/").body().contains("Second version."));
    }

    @Test
    void recompilesEditedExample() throws Exception {
        writeExample("String greeting = \"hello again\";");

        awaitBuildAfter(1);

        String body = get("/").body();
        assertTrue(body.contains("hello again"), body);
        assertFalse(body.contains("preview-problems"), body);
        assertTrue(Files.isRegularFile(project.resolve("examples/classes/demo/Hello.class")));
    }

    @Test
    void showsCompileErrorOnPage() throws Exception {
        writeExample("Strin greeting = \"hello\";");

        awaitBuildAfter(1);

        String body = get("/").body();
        assertTrue(body.contains("id=\"preview-problems\""), body);
        assertTrue(body.contains("examples/src/main/java/demo/Hello.java:6: Compile error: cannot find symbol"), body);
    }

    @Test
    void showsAsciidoctorWarningOnPage() throws Exception {
        Files.writeString(page, Files.readString(page).replace("tag=greet", "tag=no-such-tag"));

        awaitBuildAfter(1);

        String body = get("/").body();
        assertTrue(body.contains("id=\"preview-problems\""), body);
        assertTrue(body.contains("no-such-tag"), body);
    }

    @Test
    void publishesCheckProblemsAfterTheNewPage() throws Exception {
        long before = preview.buildId();
        Files.writeString(page, Files.readString(page) + "\nSee link:missing-page.html[a page that does not exist].\n");

        String body = awaitPageContaining("Dead link: missing-page.html");

        assertTrue(body.contains("id=\"preview-problems\""), body);
        // One id for the baked page, served at once, and one for the problems the site checks found after it.
        assertEquals(before + 2, preview.buildId());
    }

    /** Waits until the index page contains {@code text}, and returns the page. */
    private String awaitPageContaining(String text) throws Exception {
        long deadline = System.nanoTime() + REBUILD_TIMEOUT.toNanos();
        String body = get("/").body();
        while (!body.contains(text)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the page did not show " + text + " within " + REBUILD_TIMEOUT.toSeconds()
                        + " s: " + body);
            }
            Thread.sleep(20);
            body = get("/").body();
        }
        return body;
    }

    @Test
    void answersMissingPageWith404() throws Exception {
        assertEquals(404, get("/missing.html").statusCode());
    }

    @Test
    void rejectsPathOutsideSite() throws Exception {
        Files.writeString(project.resolve("secret.txt"), "not part of the site");
        URI url = URI.create(preview.url());

        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write("GET /../../secret.txt HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
            assertFalse(response.contains("not part of the site"), response);
            assertTrue(response.startsWith("HTTP/1.1 404") || response.startsWith("HTTP/1.1 400"), response);
        }
    }

    @Test
    void leavesBakedFilesUnchanged() throws Exception {
        try (Stream<Path> files = Files.walk(project.resolve("out"))) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".html"))::iterator) {
                assertFalse(Files.readString(file).contains("__preview"), file + " contains the preview's script");
            }
        }
    }

    @Test
    void stopsServingWhenClosed() {
        URI url = URI.create(preview.url());
        preview.close();
        preview = null;

        assertThrows(ConnectException.class, () -> new Socket(url.getHost(), url.getPort()).close());
    }

    @Test
    void busyPortIsNamedWithFix() throws Exception {
        int busyPort = URI.create(preview.url()).getPort();

        IOException failure = assertThrows(PreviewServer.PortInUseException.class,
                () -> PreviewServer.start(optionsWithPort(busyPort)));

        assertTrue(failure.getMessage().startsWith("Port " + busyPort + " on 127.0.0.1 is already in use."),
                failure.getMessage());
        assertTrue(failure.getMessage().contains("-Dpreview.port="), failure.getMessage());
    }
}
