package dev.jdaguide.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The versions every page shows come from the POM, not from the JVM that runs the build. */
class SiteVersionsTests {

    private final Map<String, String> attributes =
            new BuildOptions(Path.of("."), Path.of("."), Path.of("."), Path.of("."), Map.of()).attributes();

    @Test
    void javaVersionIsPomRelease() {
        assertEquals(System.getProperty("java.version.site"), attributes.get("java-version"),
                "java-version must be the release the examples compile for, not the JVM's own version.");
    }

    @Test
    void jdaVersionIsPomVersion() {
        assertEquals(System.getProperty("jda.version"), attributes.get("jda-version"));
    }

    @Test
    void givenAttributeOverridesPomVersion() {
        BuildOptions options = new BuildOptions(Path.of("."), Path.of("."), Path.of("."), Path.of("."),
                Map.of("jda-version", "0.0.1"));

        assertEquals("0.0.1", options.attributes().get("jda-version"));
    }
}
