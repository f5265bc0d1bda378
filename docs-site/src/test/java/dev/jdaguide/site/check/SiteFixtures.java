package dev.jdaguide.site.check;

import dev.jdaguide.site.build.BuildOptions;
import dev.jdaguide.site.build.BuildProblem;
import dev.jdaguide.site.build.SiteBuilder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/** The sites the check tests run on: the real baked site and a small broken site baked once per test run. */
final class SiteFixtures {

    private static BrokenSite brokenSite;

    private SiteFixtures() {
    }

    /**
     * The broken fixture site after its bake.
     *
     * @param options the folders and attributes it was baked with
     * @param problems everything the bake and the checks reported
     * @param token the token-shaped text written into {@code content/secret.adoc} at run time
     */
    record BrokenSite(BuildOptions options, List<BuildProblem> problems, String token) {

        BakedSite read() {
            return BakedSite.read(options);
        }
    }

    /** Returns the options the real site was baked with, passed in by Maven as system properties. */
    static BuildOptions realSite() {
        return new BuildOptions(
                property("site.root"),
                property("site.source"),
                property("site.output"),
                property("site.images"),
                Map.of("examples-dir", property("site.examples").toString(),
                        "generated-dir", property("site.generated").toString(),
                        "jda-version", System.getProperty("jda.version"),
                        "java-version", System.getProperty("java.version.site")));
    }

    /** Returns the class path the listings compile against: this module's test class path, examples included. */
    static String compileClassPath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    /**
     * Copies {@code fixtures/broken-site} to a temporary folder, adds the files that must not be committed (an
     * oversized picture and a page with a token-shaped string) and bakes it with {@link SiteBuilder}, once per run.
     */
    static synchronized BrokenSite brokenSite() {
        if (brokenSite == null) {
            try {
                brokenSite = bakeBrokenSite();
            } catch (IOException e) {
                throw new UncheckedIOException("Failed to set up the broken fixture site", e);
            }
        }
        return brokenSite;
    }

    private static BrokenSite bakeBrokenSite() throws IOException {
        Path root = Files.createTempDirectory("broken-site");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
        copyTree(fixture("broken-site"), root);
        writeOversizedPng(root.resolve("images/big.png"));
        String token = fakeToken();
        Files.writeString(root.resolve("jbake/content/secret.adoc"), "= Secret\n"
                + ":description: A page with a token pasted in by mistake.\n\n"
                + "Paste your token here: " + token + "\n", StandardCharsets.UTF_8);

        BuildOptions options = new BuildOptions(root, root.resolve("jbake"), root.resolve("target/site"),
                root.resolve("images"), Map.of(
                        "examples-dir", root.resolve("examples/src").toString(),
                        "generated-dir", root.resolve("target/generated-adoc").toString(),
                        "jda-version", "6.5.0",
                        "java-version", "17"));
        List<BuildProblem> problems = new SiteBuilder(options).build();
        return new BrokenSite(options, problems, token);
    }

    /**
     * Builds a string shaped like a Discord bot token at run time, so no token-shaped text is committed: the user id
     * part is base64url for digits, as in a real token.
     */
    static String fakeToken() {
        String userId = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("123456789012345678".getBytes(StandardCharsets.US_ASCII));
        return userId + "." + "FAKE" + "ab" + "." + "not-a-real-token-".repeat(2).substring(0, 27);
    }

    /** Writes a PNG of random pixels, which does not compress, so it is well over the 100 KB budget. */
    private static void writeOversizedPng(Path file) throws IOException {
        BufferedImage image = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ImageIO.write(image, "png", file.toFile());
    }

    static Path fixture(String name) {
        try {
            return Path.of(SiteFixtures.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Invalid fixture path for " + name, e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path copy = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy);
                }
            }
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            System.err.println("Failed to delete the fixture copy " + folder + ": " + e.getMessage());
        }
    }

    private static Path property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Missing system property " + name + ": run the tests through Maven,"
                    + " which sets it in docs-site/pom.xml.");
        }
        return Path.of(value).toAbsolutePath().normalize();
    }
}
