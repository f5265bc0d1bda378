package dev.jdaguide.site.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Writes test pages whose article is real Asciidoctor output, converted with the site's attributes, inside the
 * baked site's own layout. They give the copy and tab tests fixed listings whatever the guides contain.
 */
final class FixturePages {

    /** The Java listing on the listings page, with two callouts. */
    static final String JAVA_LISTING = """
            String token = System.getenv("DISCORD_TOKEN"); // <1>
            JDA jda = JDABuilder.createLight(token).build(); // <2>
            jda.awaitReady();""";

    /** What the copy button must put on the clipboard for {@link #JAVA_LISTING}. */
    static final String JAVA_LISTING_COPIED = """
            String token = System.getenv("DISCORD_TOKEN");
            JDA jda = JDABuilder.createLight(token).build();
            jda.awaitReady();""";

    /** A console session with prompts and program output. */
    static final String CONSOLE_LISTING = """
            $ ./mvnw -q verify
            [INFO] BUILD SUCCESS
            $ java -jar target/bot.jar""";

    /** What the copy button must put on the clipboard for {@link #CONSOLE_LISTING}: the commands only. */
    static final String CONSOLE_LISTING_COPIED = """
            ./mvnw -q verify
            java -jar target/bot.jar""";

    static final String LISTINGS_PAGE = "fixture-listings.html";
    static final String TABS_PAGE = "fixture-tabs.html";

    private FixturePages() {
    }

    /** Converts the fixtures and writes them into {@code folder}, wrapped in the layout of the site's index page. */
    static void write(Path folder, Path siteRoot, Path partials, String jdaVersion) throws IOException {
        String listings = """
                = Listings
                
                [source,java]
                ----
                %s
                ----
                <1> Reads the token.
                <2> Builds the client.
                
                [source,console]
                ----
                %s
                ----
                
                include::%s[]
                """.formatted(JAVA_LISTING, CONSOLE_LISTING, partials.resolve("build-tool-tabs.adoc"));
        String tabs = """
                = Tabs
                
                include::%s[]
                """.formatted(partials.resolve("build-tool-tabs.adoc"));

        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            Options options = Options.builder()
                    .safe(SafeMode.UNSAFE)
                    .attributes(Attributes.builder()
                            .attribute("source-highlighter", "rouge")
                            .attribute("rouge-css", "class")
                            .attribute("icons", "font")
                            .attribute("jda-version", jdaVersion)
                            .build())
                    .build();
            writePage(folder.resolve(LISTINGS_PAGE), siteRoot, "Listings", asciidoctor.convert(listings, options));
            writePage(folder.resolve(TABS_PAGE), siteRoot, "Tabs", asciidoctor.convert(tabs, options));
        }
    }

    private static void writePage(Path target, Path siteRoot, String title, String articleHtml) throws IOException {
        Document page = Jsoup.parse(siteRoot.resolve("index.html").toFile(), StandardCharsets.UTF_8.name());
        page.title(title);
        page.selectFirst("article h1").text(title);
        page.select("nav.toc").remove();
        page.selectFirst(".article-body").html(articleHtml);
        Files.writeString(target, page.outerHtml(), StandardCharsets.UTF_8);
    }
}
