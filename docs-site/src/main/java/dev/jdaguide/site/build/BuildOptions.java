package dev.jdaguide.site.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where the site's sources are and where it is baked to, with the AsciiDoc attributes the build adds.
 *
 * @param root the project's top folder, used to print short paths in messages
 * @param source the JBake folder with {@code jbake.properties}, {@code content/}, {@code templates/} and {@code assets/}
 * @param output the folder the site is baked into; it is emptied first
 * @param images the folder of pictures copied into the site's {@code images/}
 * @param attributes AsciiDoc attributes added to those in {@code jbake.properties}; the versions from the POM in
 *     {@value #VERSIONS_RESOURCE} are added unless given here
 * @param siteHost the absolute URL the site is published at, without a trailing slash, such as
 *     {@code https://example.github.io/guide}; empty when it is not known, as in local builds
 */
public record BuildOptions(Path root, Path source, Path output, Path images, Map<String, String> attributes,
        String siteHost) {

    /** The class-path file, filtered by Maven, whose entries are version attributes of every page. */
    public static final String VERSIONS_RESOURCE = "/site-versions.properties";

    public BuildOptions {
        attributes = Map.copyOf(withVersions(attributes));
        siteHost = siteHost == null ? "" : siteHost.strip();
        while (siteHost.endsWith("/")) {
            siteHost = siteHost.substring(0, siteHost.length() - 1);
        }
    }

    /** Returns {@code attributes} with each version from {@link #VERSIONS_RESOURCE} that it does not set itself. */
    private static Map<String, String> withVersions(Map<String, String> attributes) {
        Map<String, String> merged = new LinkedHashMap<>();
        Properties versions = new Properties();
        try (InputStream in = BuildOptions.class.getResourceAsStream(VERSIONS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(VERSIONS_RESOURCE + " is missing from the class path. Build the site"
                        + " with Maven, which writes it from src/main/resources-filtered.");
            }
            versions.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read " + VERSIONS_RESOURCE, e);
        }
        for (String name : versions.stringPropertyNames()) {
            merged.put(name, versions.getProperty(name).strip());
        }
        merged.putAll(attributes);
        return merged;
    }

    /** Creates options for a site whose public URL is not known. */
    public BuildOptions(Path root, Path source, Path output, Path images, Map<String, String> attributes) {
        this(root, source, output, images, attributes, "");
    }

    /**
     * Parses {@code --name=value} arguments; {@code --attribute=key=value} may repeat and {@code --site-host=URL} may
     * be left out or empty.
     */
    public static BuildOptions parse(String... args) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("Invalid argument '" + arg + "': expected --name=value, for example"
                        + " --source=docs-site/src/jbake.");
            }
            String name = arg.substring(2, equals);
            String value = arg.substring(equals + 1);
            if (name.equals("attribute")) {
                int split = value.indexOf('=');
                if (split <= 0) {
                    throw new IllegalArgumentException("Invalid attribute '" + value + "': expected key=value, for"
                            + " example --attribute=jda-version=6.5.0.");
                }
                attributes.put(value.substring(0, split), value.substring(split + 1));
            } else {
                values.put(name, value);
            }
        }
        Path source = required(values, "source");
        return new BuildOptions(
                Path.of(values.getOrDefault("root", ".")).toAbsolutePath().normalize(),
                source,
                required(values, "output"),
                required(values, "images"),
                attributes,
                values.getOrDefault("site-host", ""));
    }

    private static Path required(Map<String, String> values, String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Missing argument --" + name + "=PATH.");
        }
        return Path.of(value).toAbsolutePath().normalize();
    }
}
