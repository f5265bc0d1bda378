package dev.jdaguide.site.check;

import dev.jdaguide.site.build.BuildProblem;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.nodes.Element;

/**
 * Checks that every link in the baked pages resolves: an internal link to a file in the site and its
 * {@code #fragment} to an element id on that page, and an external link to an {@code https} address listed in
 * {@code external-links.properties}. Canonical links and {@code mailto:} links are not checked.
 */
final class LinkCheck implements SiteCheck {

    @Override
    public String name() {
        return "links and anchors";
    }

    @Override
    public List<BuildProblem> run(BakedSite site, CheckReport report) {
        List<BuildProblem> problems = new ArrayList<>();
        Collection<String> allowed = site.externalLinks().values();
        Map<String, TreeSet<String>> externalUses = new TreeMap<>();
        report.count("internal links", 0);
        report.count("external links", 0);
        for (BakedPage page : site.pages()) {
            int internal = 0;
            for (Element link : page.document().select("a[href], area[href], link[href]")) {
                if (isCanonical(link)) {
                    continue;
                }
                String href = link.attr("href");
                if (Urls.isExternal(href)) {
                    report.count("external links", 1);
                    externalUses.computeIfAbsent(href, url -> new TreeSet<>()).add(page.path());
                    checkExternal(site, page, link, href, allowed, problems);
                } else {
                    internal++;
                    checkInternal(site, page, link, href, problems);
                }
            }
            report.count("internal links", internal);
            report.add("Internal links (per page, anchors included)", page.path() + ": " + internal);
        }
        for (Map.Entry<String, TreeSet<String>> use : externalUses.entrySet()) {
            report.add("External links (each address once, with the pages that use it)", use.getKey() + " (on " + String.join(", ", use.getValue()) + ")");
        }
        return problems;
    }

    /**
     * Returns whether the element is {@code <link rel="canonical">}, which names the page's own public address (the
     * site's host, which is not a link to another site) and which no reader follows.
     */
    private static boolean isCanonical(Element link) {
        return link.tagName().equals("link")
                && List.of(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).contains("canonical");
    }

    private static void checkExternal(BakedSite site, BakedPage page, Element link, String href,
            Collection<String> allowed, List<BuildProblem> problems) {
        if (href.regionMatches(true, 0, "mailto:", 0, 7)) {
            return;
        }
        SourceLine where = page.locate(link, "href", List.of(href));
        if (!href.regionMatches(true, 0, "https://", 0, 8)) {
            problems.add(new BuildProblem(where.file(), where.line(), "External link " + href + " on "
                    + page.path() + " is not https.", "link to the https address of the page instead."));
        } else if (!allowed.contains(href)) {
            problems.add(new BuildProblem(where.file(), where.line(), "External link " + href + " on " + page.path()
                    + " is not in " + site.root().relativize(site.externalLinksFile()) + ".",
                    "add it there as url-NAME=" + href + " and write {url-NAME} in the page."));
        }
    }

    private static void checkInternal(BakedSite site, BakedPage page, Element link, String href,
            List<BuildProblem> problems) {
        String target = Urls.resolve(page.path(), href);
        String fragment = Urls.fragment(href);
        String targetName = target == null ? href : target.replaceAll("\\.html$", "");
        if (target == null || !Files.isRegularFile(site.siteFolder().resolve(target))) {
            SourceLine where = page.locate(link, "href", List.of(href, targetName + ".adoc", targetName));
            problems.add(new BuildProblem(where.file(), where.line(), "Dead link: " + href + " on " + page.path()
                    + " points at " + (target == null ? "a place outside the site" : target)
                    + ", which is not in the site.", "link to an existing page (xref:NAME.adoc[]) or add the page."));
            return;
        }
        if (fragment.isEmpty() || !target.endsWith(".html")) {
            return;
        }
        BakedPage targetPage = site.page(target);
        boolean found = targetPage != null && (targetPage.document().getElementById(fragment) != null
                || !targetPage.document().select("a[name=" + cssString(fragment) + "]").isEmpty());
        if (!found) {
            SourceLine where = page.locate(link, "href", List.of(href, "#" + fragment, "<<" + fragment));
            problems.add(new BuildProblem(where.file(), where.line(), "Dead anchor: " + href + " on " + page.path()
                    + " points at #" + fragment + ", but " + target + " has no element with that id.",
                    "link to an existing section id (see the id attributes in " + target
                            + "), or give the target an anchor such as [[" + fragment + "]]."));
        }
    }

    private static String cssString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
