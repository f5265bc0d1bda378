package dev.jdaguide.site.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain-text report of the post-bake checks: what was checked, with counts, and which checks passed.
 */
public final class CheckReport {

    /** The report's file name, written next to the site folder (so {@code docs-site/target/}). */
    public static final String FILE_NAME = "site-check-report.txt";

    private final Map<String, List<String>> sections = new LinkedHashMap<>();
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, Integer> problemsByCheck = new LinkedHashMap<>();

    /** Adds one line to a section, creating the section on first use. */
    public void add(String section, String line) {
        sections.computeIfAbsent(section, name -> new ArrayList<>()).add(line);
    }

    /** Adds {@code amount} to a named count, such as "pages" or "internal links". */
    public void count(String name, int amount) {
        counts.merge(name, amount, Integer::sum);
    }

    public int count(String name) {
        return counts.getOrDefault(name, 0);
    }

    public Map<String, Integer> counts() {
        return counts;
    }

    /** Records how many problems a check found; 0 means it passed. */
    void result(String check, int problems) {
        problemsByCheck.put(check, problems);
    }

    public Map<String, Integer> problemsByCheck() {
        return problemsByCheck;
    }

    /** Returns the summary lines printed to the build log. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        StringBuilder numbers = new StringBuilder();
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            numbers.append(numbers.length() == 0 ? "" : ", ").append(count.getValue()).append(' ').append(count.getKey());
        }
        lines.add("Site checks: " + numbers + ".");
        long failed = problemsByCheck.values().stream().filter(problems -> problems > 0).count();
        lines.add("Site checks: " + (problemsByCheck.size() - failed) + " of " + problemsByCheck.size() + " passed"
                + (failed == 0 ? "." : ", " + failed + " failed."));
        return lines;
    }

    /** Writes the report as plain text, replacing an older one. */
    public void write(Path file) {
        StringBuilder text = new StringBuilder("Site check report\n=================\n\n");
        for (String line : summary()) {
            text.append(line).append('\n');
        }
        text.append("\nChecks\n------\n");
        for (Map.Entry<String, Integer> result : problemsByCheck.entrySet()) {
            text.append(result.getValue() == 0 ? "passed  " : "FAILED  ").append(result.getKey());
            if (result.getValue() > 0) {
                text.append(" (").append(result.getValue()).append(" problem(s))");
            }
            text.append('\n');
        }
        for (Map.Entry<String, List<String>> section : sections.entrySet()) {
            text.append('\n').append(section.getKey()).append('\n').append("-".repeat(section.getKey().length()))
                    .append('\n');
            for (String line : section.getValue()) {
                text.append(line).append('\n');
            }
        }
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to write the site check report " + file, e);
        }
    }
}
