package dev.jdaguide.site.preview;

import dev.jdaguide.site.build.BuildOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The folders and port the preview serves from and watches.
 *
 * @param build the bake's options; its output folder contains the preview's own bakes, apart from the published site
 * @param port the TCP port on 127.0.0.1, or 0 for any free port
 * @param exampleSources the examples' main Java source folder, whose changed files are recompiled
 * @param exampleClasses the folder the recompiled example classes are written to
 * @param javaRelease the {@code --release} the examples are compiled for
 */
public record PreviewOptions(BuildOptions build, int port, Path exampleSources, Path exampleClasses,
        String javaRelease) {

    public static final int DEFAULT_PORT = 8820;

    /**
     * Parses the site builder's arguments plus {@code --port=N} and {@code --examples-classes=DIR}. The examples'
     * source folder is {@code main/java} under the {@code examples-dir} attribute, and the release is the
     * {@code java-version} attribute.
     */
    public static PreviewOptions parse(String... args) {
        List<String> buildArgs = new ArrayList<>();
        String port = String.valueOf(DEFAULT_PORT);
        String classes = null;
        for (String arg : args) {
            if (arg.startsWith("--port=")) {
                port = arg.substring("--port=".length());
            } else if (arg.startsWith("--examples-classes=")) {
                classes = arg.substring("--examples-classes=".length());
            } else {
                buildArgs.add(arg);
            }
        }
        BuildOptions build = BuildOptions.parse(buildArgs.toArray(String[]::new));
        String examplesDir = build.attributes().get("examples-dir");
        Path exampleRoot = examplesDir == null ? build.root().resolve("examples/src") : Path.of(examplesDir);
        Path exampleClasses = classes == null ? build.root().resolve("examples/target/classes") : Path.of(classes);
        return new PreviewOptions(build, parsePort(port), exampleRoot.resolve("main/java").toAbsolutePath().normalize(),
                exampleClasses.toAbsolutePath().normalize(), build.attributes().getOrDefault("java-version", "17"));
    }

    /** Returns the folders whose changes trigger a rebuild: the JBake source, the images and all example code. */
    public List<Path> watchedFolders() {
        List<Path> folders = new ArrayList<>();
        folders.add(build.source());
        folders.add(build.images());
        // The examples' src folder, so test sources with tagged regions are watched too.
        folders.add(exampleSources.getParent().getParent());
        return folders;
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid --port=" + value + ": expected a TCP port from 0 to 65535, for"
                    + " example --port=" + DEFAULT_PORT + " (0 picks any free port).", e);
        }
    }
}
