package dev.jdaguide.site.build;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The site's links to other sites, kept in one file so they can be listed, reviewed and changed in one place.
 */
public final class ExternalLinks {

    /** The file, relative to the JBake source folder, whose entries become AsciiDoc attributes. */
    public static final String FILE_NAME = "external-links.properties";

    private ExternalLinks() {
    }

    /** Reads the links as attribute name to URL, sorted by name; a missing file means no links. */
    public static Map<String, String> load(Path sourceFolder) {
        Path file = sourceFolder.resolve(FILE_NAME);
        Map<String, String> links = new TreeMap<>();
        if (!Files.exists(file)) {
            return links;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read " + file, e);
        }
        for (String name : properties.stringPropertyNames()) {
            links.put(name, properties.getProperty(name).trim());
        }
        return links;
    }
}
