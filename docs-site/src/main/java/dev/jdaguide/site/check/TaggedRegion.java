package dev.jdaguide.site.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts tagged regions out of an example file the way Asciidoctor's {@code include::file[tag=name]} does, and
 * normalises listing text so a region and the listing baked from it can be compared.
 */
public final class TaggedRegion {

    private static final Pattern TAG_DIRECTIVE = Pattern.compile("\\b(tag|end)::([\\w.-]+)\\[]");
    /** A callout marker at the end of a Java line, {@code // <1>} or {@code // <.>}, possibly several. */
    private static final Pattern CALLOUTS = Pattern.compile("(\\s*//\\s*<(\\d+|\\.)>)+\\s*$");

    private TaggedRegion() {
    }

    /**
     * Returns the lines of {@code file} inside the regions named by {@code tags}, in file order and without the tag
     * comment lines, or the whole file when {@code tags} is empty. Returns empty when a tag is not in the file.
     */
    public static Optional<List<String>> cut(List<String> file, List<String> tags) {
        if (tags.isEmpty()) {
            return Optional.of(file);
        }
        Set<String> found = new HashSet<>();
        Set<String> open = new HashSet<>();
        List<String> region = new ArrayList<>();
        for (String line : file) {
            Matcher directive = TAG_DIRECTIVE.matcher(line);
            if (directive.find()) {
                String tag = directive.group(2);
                if (tags.contains(tag)) {
                    if (directive.group(1).equals("tag")) {
                        open.add(tag);
                        found.add(tag);
                    } else {
                        open.remove(tag);
                    }
                }
                continue;
            }
            if (!open.isEmpty()) {
                region.add(line);
            }
        }
        return found.containsAll(tags) ? Optional.of(region) : Optional.empty();
    }

    /** Returns the tags of {@code tags} that do not open a region in {@code file}. */
    public static List<String> missingTags(List<String> file, List<String> tags) {
        List<String> missing = new ArrayList<>();
        for (String tag : tags) {
            if (file.stream().noneMatch(line -> line.contains("tag::" + tag + "[]"))) {
                missing.add(tag);
            }
        }
        return missing;
    }

    /**
     * Normalises listing text for comparison: removes callout markers and trailing spaces, drops blank lines at the
     * start and end, and removes the indentation that all lines share.
     */
    public static List<String> normalise(List<String> lines) {
        List<String> cleaned = new ArrayList<>();
        for (String line : lines) {
            cleaned.add(CALLOUTS.matcher(line).replaceAll("").stripTrailing());
        }
        while (!cleaned.isEmpty() && cleaned.get(0).isEmpty()) {
            cleaned.remove(0);
        }
        while (!cleaned.isEmpty() && cleaned.get(cleaned.size() - 1).isEmpty()) {
            cleaned.remove(cleaned.size() - 1);
        }
        int indent = Integer.MAX_VALUE;
        for (String line : cleaned) {
            if (!line.isEmpty()) {
                indent = Math.min(indent, line.length() - line.stripLeading().length());
            }
        }
        List<String> normalised = new ArrayList<>();
        for (String line : cleaned) {
            normalised.add(line.isEmpty() ? line : line.substring(indent == Integer.MAX_VALUE ? 0 : indent));
        }
        return normalised;
    }
}
