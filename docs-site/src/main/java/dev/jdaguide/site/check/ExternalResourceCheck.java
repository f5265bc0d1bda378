package dev.jdaguide.site.check;

import dev.jdaguide.site.build.BuildProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Checks that no page loads anything from another host: scripts, stylesheets, fonts, images, frames, media,
 * {@code srcset} candidates and CSS {@code url(...)} or {@code @import}, in HTML attributes and in the site's CSS files.
 * Plain links ({@code <a href>}) are not loads; {@link LinkCheck} checks them.
 */
final class ExternalResourceCheck implements SiteCheck {

    /** Each selector with the attribute whose URL the browser fetches. */
    private static final Map<String, String> LOADING_ATTRIBUTES = Map.ofEntries(
            Map.entry("script[src]", "src"),
            Map.entry("img[src]", "src"),
            Map.entry("input[src]", "src"),
            Map.entry("iframe[src]", "src"),
            Map.entry("frame[src]", "src"),
            Map.entry("embed[src]", "src"),
            Map.entry("video[src]", "src"),
            Map.entry("video[poster]", "poster"),
            Map.entry("audio[src]", "src"),
            Map.entry("source[src]", "src"),
            Map.entry("track[src]", "src"),
            Map.entry("object[data]", "data"),
            Map.entry("image[href]", "href"),
            Map.entry("use[href]", "href"));
    /** Link relations that make the browser fetch the target. */
    private static final List<String> LOADING_RELATIONS = List.of("stylesheet", "icon", "apple-touch-icon",
            "preload", "prefetch", "modulepreload", "manifest", "preconnect", "dns-prefetch", "mask-icon");

    @Override
    public String name() {
        return "nothing loaded from another host";
    }

    @Override
    public List<BuildProblem> run(BakedSite site, CheckReport report) {
        List<BuildProblem> problems = new ArrayList<>();
        for (BakedPage page : site.pages()) {
            for (Map.Entry<String, String> selector : LOADING_ATTRIBUTES.entrySet()) {
                for (Element element : page.document().select(selector.getKey())) {
                    checkUrl(page, element, selector.getValue(), element.attr(selector.getValue()), problems);
                }
            }
            for (Element link : page.document().select("link[href]")) {
                for (String relation : link.attr("rel").toLowerCase().split("\\s+")) {
                    if (LOADING_RELATIONS.contains(relation)) {
                        checkUrl(page, link, "href", link.attr("href"), problems);
                        break;
                    }
                }
            }
            for (Element element : page.document().select("[srcset]")) {
                for (String candidate : element.attr("srcset").split(",")) {
                    String url = candidate.trim().split("\\s+")[0];
                    checkUrl(page, element, "srcset", url, problems);
                }
            }
            for (Element element : page.document().select("[style]")) {
                for (CssReferences.Reference reference : CssReferences.find(element.attr("style"))) {
                    checkUrl(page, element, "style", reference.url(), problems);
                }
            }
            for (Element style : page.document().select("style")) {
                for (CssReferences.Reference reference : CssReferences.find(style.data())) {
                    checkUrl(page, style, null, reference.url(), problems);
                }
            }
        }
        for (Path css : BakedSite.filesUnder(site.siteFolder())) {
            if (css.getFileName().toString().endsWith(".css")) {
                checkStylesheet(site, css, problems);
            }
        }
        return problems;
    }

    private static void checkUrl(BakedPage page, Element element, String attribute, String url,
            List<BuildProblem> problems) {
        if (url.isBlank() || !Urls.isExternal(url) || Urls.isData(url)) {
            return;
        }
        SourceLine where = page.locate(element, attribute, List.of(url));
        problems.add(new BuildProblem(where.file(), where.line(), "Page " + page.path() + " loads " + url
                + " from another host (<" + element.tagName() + (attribute == null ? "" : " " + attribute)
                + ">); the site must work offline and must not reveal its readers to other hosts.",
                "copy the file into the site (assets/ or images/) and refer to it by a relative path."));
    }

    private static void checkStylesheet(BakedSite site, Path css, List<BuildProblem> problems) {
        String text;
        try {
            text = Files.readString(css);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read the stylesheet " + css, e);
        }
        Path source = sourceOf(site, css);
        for (CssReferences.Reference reference : CssReferences.find(text)) {
            if (Urls.isExternal(reference.url()) && !Urls.isData(reference.url())) {
                problems.add(new BuildProblem(source, reference.line(), "Stylesheet loads " + reference.url()
                        + " from another host.",
                        "copy the file into the site's assets/ and refer to it by a relative path."));
            }
        }
    }

    /** Maps a baked asset back to its file in the JBake assets folder when it came from there. */
    static Path sourceOf(BakedSite site, Path baked) {
        Path asset = site.options().source().resolve("assets").resolve(site.siteFolder().relativize(baked).toString());
        return Files.isRegularFile(asset) ? asset : baked;
    }
}
