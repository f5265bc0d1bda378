package dev.jdaguide.site.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jdaguide.site.build.GuideList.Guide;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GuideListTests {

    @TempDir
    Path source;

    @Test
    void sortsPublishedPagesByOrder() throws IOException {
        Path content = Files.createDirectories(source.resolve("content"));
        Files.writeString(content.resolve("second.adoc"), "= Second\n:jbake-order: 20\n\nText.\n");
        Files.writeString(content.resolve("first.adoc"), "= First\n:jbake-order: 10\n\nText.\n");
        Files.writeString(content.resolve("unordered.adoc"), "= Unordered\n\nText.\n");
        Files.writeString(content.resolve("draft.adoc"), "= Draft\n:jbake-order: 5\n:jbake-status: draft\n\nText.\n");
        Files.writeString(content.resolve("404.adoc"), "= Not Found\n:jbake-type: notfound\n\nText.\n");

        List<Guide> guides = GuideList.read(content);

        assertEquals(List.of("first.html", "second.html", "unordered.html"),
                guides.stream().map(Guide::uri).toList());
        assertEquals("First", guides.get(0).title());
    }

    @Test
    void titleWithCommaSurvivesConfiguration() throws IOException {
        Files.createDirectories(source.resolve("content"));
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(source.toFile(), source.resolve("out").toFile(), true);
        List<Guide> guides = List.of(new Guide(1, "a.html", "Tokens, secrets and IDs"));

        config.setProperty(GuideList.CONFIG_KEY, GuideList.toConfigValues(guides));

        assertEquals(List.of("a.html|Tokens&#44; secrets and IDs"),
                config.getCompositeConfiguration().getList(String.class, GuideList.CONFIG_KEY));
    }
}
