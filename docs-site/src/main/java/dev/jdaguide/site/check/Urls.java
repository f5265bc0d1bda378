package dev.jdaguide.site.check;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.regex.Pattern;

/** Classifies and resolves the URLs found in baked pages. */
final class Urls {

    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private Urls() {
    }

    /** Returns whether {@code url} points at another host or uses a scheme, as opposed to a path in this site. */
    static boolean isExternal(String url) {
        String trimmed = url.trim();
        return trimmed.startsWith("//") || SCHEME.matcher(trimmed).find();
    }

    /** Returns whether {@code url} is inline data, which loads nothing from anywhere. */
    static boolean isData(String url) {
        return url.trim().regionMatches(true, 0, "data:", 0, 5);
    }

    /**
     * Resolves a site-internal URL against the page it appears on, returning the site-relative path without query
     * or fragment, or {@code null} when it climbs out of the site. A path ending in {@code /} means its index.html.
     */
    static String resolve(String pagePath, String url) {
        String path = url.trim();
        int cut = indexOfAny(path, '#', '?');
        if (cut >= 0) {
            path = path.substring(0, cut);
        }
        if (path.isEmpty()) {
            return pagePath;
        }
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);

        String base = path.startsWith("/") ? "" : pagePath.contains("/")
                ? pagePath.substring(0, pagePath.lastIndexOf('/') + 1) : "";
        String[] parts = (base + path).split("/", -1);
        ArrayDeque<String> stack = new ArrayDeque<>();
        for (String part : parts) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (stack.isEmpty()) {
                    return null;
                }
                stack.removeLast();
            } else {
                stack.addLast(part);
            }
        }

        String resolved = String.join("/", stack);
        if (path.endsWith("/")) {
            resolved = resolved.isEmpty() ? "index.html" : resolved + "/index.html";
        }
        return resolved;
    }

    /** Returns the fragment of {@code url} without {@code #}, or "" when it has none. */
    static String fragment(String url) {
        int hash = url.indexOf('#');
        return hash < 0 ? "" : URLDecoder.decode(url.substring(hash + 1), StandardCharsets.UTF_8);
    }

    private static int indexOfAny(String text, char first, char second) {
        int a = text.indexOf(first);
        int b = text.indexOf(second);
        if (a < 0) {
            return b;
        }
        return b < 0 ? a : Math.min(a, b);
    }
}
