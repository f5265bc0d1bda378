package dev.jdaguide.site.check;

import dev.jdaguide.site.build.BuildOptions;
import dev.jdaguide.site.build.ExternalLinks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The baked site with the sources it was baked from, read once and shared by all checks.
 */
public final class BakedSite {

    private static final Pattern ATTRIBUTE_REFERENCE = Pattern.compile("\\{([\\w-]+)}");

    private final BuildOptions options;
    private final List<BakedPage> pages;
    private final Map<String, String> externalLinks;
    private final Map<String, BakedPage> pagesByPath = new HashMap<>();

    private BakedSite(BuildOptions options, List<BakedPage> pages, Map<String, String> externalLinks) {
        this.options = options;
        this.pages = pages;
        this.externalLinks = externalLinks;
        for (BakedPage page : pages) {
            pagesByPath.put(page.path(), page);
        }
    }

    /** Reads every HTML file under the output folder of {@code options}. */
    public static BakedSite read(BuildOptions options) {
        Path site = options.output();
        List<BakedPage> pages = new ArrayList<>();
        for (Path html : filesUnder(site)) {
            if (html.getFileName().toString().endsWith(".html")) {
                pages.add(BakedPage.read(site, html, options.source().resolve("content")));
            }
        }
        return new BakedSite(options, pages, ExternalLinks.load(options.source()));
    }

    public BuildOptions options() {
        return options;
    }

    public Path root() {
        return options.root();
    }

    public Path siteFolder() {
        return options.output();
    }

    public List<BakedPage> pages() {
        return pages;
    }

    /** Returns the page at a site-relative path such as {@code logging-in.html}, or {@code null}. */
    public BakedPage page(String path) {
        return pagesByPath.get(path);
    }

    /** Returns the external links file's entries, attribute name to URL. */
    public Map<String, String> externalLinks() {
        return externalLinks;
    }

    public Path externalLinksFile() {
        return options.source().resolve(ExternalLinks.FILE_NAME);
    }

    /** Returns the build's attribute value, such as the JDA version for {@code jda-version}, or {@code null}. */
    public String attribute(String name) {
        return options.attributes().get(name);
    }

    /** Replaces {@code {name}} references with the build's attributes; unknown references are left as they are. */
    public String resolveAttributes(String text) {
        Matcher matcher = ATTRIBUTE_REFERENCE.matcher(text);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String value = options.attributes().get(matcher.group(1));
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(value == null ? matcher.group() : value));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    /** Returns the regular files under {@code folder}, sorted, or none when it does not exist. */
    public static List<Path> filesUnder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to list " + folder, e);
        }
    }
}
