package dev.jdaguide.site.check;

import dev.jdaguide.site.build.BuildProblem;
import dev.jdaguide.site.check.AsciidocPage.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.Permission;

/**
 * Checks that the facts about JDA on the pages come from the build: no page source types the JDA or Java version
 * (they come from the POM as {@code {jda-version}} and {@code {java-version}}), and no page source has a hand-written
 * table of JDA permissions (the permission reference is generated from JDA's {@link Permission} enum into
 * {@code {generated-dir}}).
 */
final class FactsCheck implements SiteCheck {

    /** A table with cells that list this many different permissions is a permission table. */
    private static final int PERMISSIONS_PER_TABLE = 2;
    /** Ends a version number: a full stop may end the sentence, but no further digit or version part may follow. */
    private static final String VERSION_END = "(?!\\.?\\w)";

    @Override
    public String name() {
        return "versions and permission tables come from code";
    }

    @Override
    public List<BuildProblem> run(BakedSite site, CheckReport report) {
        List<BuildProblem> problems = new ArrayList<>();
        List<Pattern> versionPatterns = versionPatterns(site);
        Map<String, Permission> permissionNames = permissionNames();
        for (Path file : BakedSite.filesUnder(site.options().source().resolve("content"))) {
            String name = file.getFileName().toString();
            if (!name.endsWith(".adoc") && !name.endsWith(".asciidoc") && !name.endsWith(".ad")) {
                continue;
            }
            AsciidocPage page = AsciidocPage.read(file);
            checkVersions(page, versionPatterns, problems);
            checkPermissionTables(page, permissionNames, problems);
        }
        return problems;
    }

    /** Builds patterns for the versions typed literally: the full JDA version, "JDA 6"/"JDA 6.5", "Java 17". */
    private static List<Pattern> versionPatterns(BakedSite site) {
        List<Pattern> patterns = new ArrayList<>();
        String jda = site.attribute("jda-version");
        if (jda != null && !jda.isBlank()) {
            patterns.add(Pattern.compile("(?<![\\w.])" + Pattern.quote(jda) + VERSION_END));
            String[] parts = jda.split("\\.");
            String majorMinor = parts.length > 1 ? "(?:\\." + Pattern.quote(parts[1]) + ")?" : "";
            patterns.add(Pattern.compile("(?i)\\bJDA[\\s-]+v?" + Pattern.quote(parts[0]) + majorMinor
                    + VERSION_END));
        }
        String java = site.attribute("java-version");
        if (java != null && !java.isBlank()) {
            patterns.add(Pattern.compile("(?i)\\b(?:java|jdk|jre|openjdk|java\\s+se)[\\s-]*(?:version\\s+)?"
                    + Pattern.quote(java) + VERSION_END));
        }
        return patterns;
    }

    private static void checkVersions(AsciidocPage page, List<Pattern> patterns, List<BuildProblem> problems) {
        List<String> lines = page.lines();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (page.isComment(i + 1) || line.startsWith("include::")) {
                continue;
            }
            for (Pattern pattern : patterns) {
                Matcher matcher = pattern.matcher(line);
                if (matcher.find()) {
                    String attribute = matcher.group().toLowerCase().contains("java")
                            || matcher.group().toLowerCase().contains("jdk")
                            || matcher.group().toLowerCase().contains("jre") ? "{java-version}" : "{jda-version}";
                    problems.add(new BuildProblem(page.file(), i + 1, "Version typed literally: '" + matcher.group()
                            + "'; it goes stale when the POM changes.",
                            "write " + attribute + " instead (in a listing, add subs=\"attributes+\" to the block)."));
                    break;
                }
            }
        }
    }

    /**
     * Returns every permission keyed by its JDA constant name (MESSAGE_SEND) and its Discord name (Send Messages),
     * both lower-cased.
     */
    private static Map<String, Permission> permissionNames() {
        Map<String, Permission> names = new HashMap<>();
        for (Permission permission : Permission.values()) {
            if (permission != Permission.UNKNOWN) {
                names.put(permission.name().toLowerCase(Locale.ROOT), permission);
                names.put(permission.getName().toLowerCase(Locale.ROOT), permission);
            }
        }
        return names;
    }

    /**
     * Reports a table in which at least {@value #PERMISSIONS_PER_TABLE} cells each name one permission and nothing
     * else. A permission named inside a sentence in a cell does not count, so prose tables may mention them.
     */
    private static void checkPermissionTables(AsciidocPage page, Map<String, Permission> names,
            List<BuildProblem> problems) {
        for (Table table : page.tables()) {
            Set<Permission> listed = new LinkedHashSet<>();
            for (int line = table.firstLine() + 1; line < table.lastLine(); line++) {
                for (String cell : page.lines().get(line - 1).split("\\|")) {
                    Permission permission = names.get(cellText(cell));
                    if (permission != null) {
                        listed.add(permission);
                    }
                }
            }
            if (listed.size() >= PERMISSIONS_PER_TABLE) {
                problems.add(new BuildProblem(page.file(), table.firstLine(), "Hand-written table of JDA permissions"
                        + " (it lists " + listed.size() + " permissions); it goes stale when JDA changes.",
                        "include the generated table instead: include::{generated-dir}/FILE.adoc[]."));
            }
        }
    }

    /** Returns a cell's text without formatting marks or a {@code Permission.} prefix, lower-cased. */
    private static String cellText(String cell) {
        String text = cell.strip().replaceAll("^[`*_+]+|[`*_+]+$", "");
        if (text.startsWith("Permission.")) {
            text = text.substring("Permission.".length());
        }
        return text.toLowerCase(Locale.ROOT);
    }
}
