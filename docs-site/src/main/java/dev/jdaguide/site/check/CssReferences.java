package dev.jdaguide.site.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the URLs that CSS loads, through {@code url(...)} and {@code @import}. */
final class CssReferences {

    private static final Pattern URL = Pattern.compile("url\\(\\s*(['\"]?)(.*?)\\1\\s*\\)", Pattern.CASE_INSENSITIVE);
    private static final Pattern IMPORT = Pattern.compile("@import\\s+(['\"])(.*?)\\1", Pattern.CASE_INSENSITIVE);

    private CssReferences() {
    }

    /**
     * A URL in CSS.
     *
     * @param url the URL as written
     * @param line the 1-based line within the CSS text
     */
    record Reference(String url, int line) {
    }

    static List<Reference> find(String css) {
        List<Reference> references = new ArrayList<>();
        for (Pattern pattern : List.of(URL, IMPORT)) {
            Matcher matcher = pattern.matcher(css);
            while (matcher.find()) {
                references.add(new Reference(matcher.group(2).trim(), lineAt(css, matcher.start())));
            }
        }
        return references;
    }

    static int lineAt(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
