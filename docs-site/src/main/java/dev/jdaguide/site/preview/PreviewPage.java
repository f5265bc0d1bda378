package dev.jdaguide.site.preview;

import dev.jdaguide.site.build.BuildProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds the preview's problem banner and reload script to a page as it is served. The baked files are never changed,
 * so neither can reach the published site.
 */
final class PreviewPage {

    /** The path prefix of the preview's own resources. A page of the site at this path would be hidden. */
    static final String PREFIX = "/__preview/";
    static final String BUILD_ID_PATH = PREFIX + "build-id";
    static final String SCRIPT_PATH = PREFIX + "reload.js";
    static final String STYLESHEET_PATH = PREFIX + "preview.css";

    /** Polls for a newer build and reloads the page once it exists. It is served as a file, so a CSP without inline scripts allows it. */
    static final String SCRIPT = """
            // Reloads the page when the preview server has finished a newer build than the one this page came from.
            (function () {
              var servedBuild = document.currentScript.getAttribute("data-build-id");
              function poll() {
                fetch("%s", {cache: "no-store"})
                  .then(function (response) { return response.text(); })
                  .then(function (build) {
                    if (build.trim() !== servedBuild) {
                      location.reload();
                    } else {
                      setTimeout(poll, 250);
                    }
                  })
                  .catch(function () { setTimeout(poll, 1000); });
              }
              setTimeout(poll, 250);
            })();
            """.formatted(BUILD_ID_PATH);

    static final String STYLESHEET = """
            #preview-problems { position: sticky; top: 0; z-index: 1000; margin: 0; padding: 0.75rem 1rem;
              background: #fff4e5; color: #4a2600; border-bottom: 3px solid #b35900;
              font: 0.95rem/1.4 system-ui, sans-serif; max-height: 50vh; overflow: auto; }
            #preview-problems ol { margin: 0.5rem 0 0; padding-left: 1.5rem; }
            #preview-problems code { font-family: ui-monospace, monospace; white-space: pre-wrap; }
            """;

    private static final Pattern BODY_START = Pattern.compile("<body\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private PreviewPage() {
    }

    /**
     * Returns {@code html} with the reload script before {@code </body>} and, when the build had problems, a banner
     * listing them at the top of the body.
     */
    static String inject(String html, long buildId, List<BuildProblem> problems, Path root) {
        String banner = problems.isEmpty() ? "" : banner(problems, root);
        String script = "<script src=\"" + SCRIPT_PATH + "\" data-build-id=\"" + buildId + "\"></script>\n";

        StringBuilder page = new StringBuilder(html);
        int bodyEnd = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        page.insert(bodyEnd < 0 ? page.length() : bodyEnd, script);
        Matcher bodyStart = BODY_START.matcher(html);
        page.insert(bodyStart.find() ? bodyStart.end() : 0, banner);
        return page.toString();
    }

    /** Returns a whole page that only lists the problems, for when the build produced no page at the address. */
    static String problemsPage(long buildId, List<BuildProblem> problems, Path root, String requestedPath) {
        String html = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Not found: "
                + escape(requestedPath) + "</title>\n</head>\n<body>\n<p>The last build produced no page at <code>"
                + escape(requestedPath) + "</code>.</p>\n</body>\n</html>\n";
        return inject(html, buildId, problems, root);
    }

    private static String banner(List<BuildProblem> problems, Path root) {
        StringBuilder banner = new StringBuilder("\n<link rel=\"stylesheet\" href=\"" + STYLESHEET_PATH + "\">\n"
                + "<div id=\"preview-problems\" role=\"alert\">\n<strong>The last build found " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems")
                + ". The site below may be stale or incomplete until they are fixed.</strong>\n<ol>\n");
        for (BuildProblem problem : problems) {
            banner.append("<li><code>").append(escape(problem.format(root))).append("</code></li>\n");
        }
        return banner.append("</ol>\n</div>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
