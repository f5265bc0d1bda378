package dev.jdaguide.site.check;

import dev.jdaguide.site.build.BuildProblem;
import dev.jdaguide.site.check.AsciidocPage.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
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

    /** A table that names this many different permissions is a permission table. */
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
        Map<Pattern, Permission> permissionPatterns = permissionPatterns();
        for (Path file : BakedSite.filesUnder(site.options().source().resolve("content"))) {
            String name = file.getFileName().toString();
            if (!name.endsWith(".adoc") && !name.endsWith(".asciidoc") && !name.endsWith(".ad")) {
                continue;
            }
            AsciidocPage page = AsciidocPage.read(file);
            checkVersions(page, versionPatterns, problems);
            checkPermissionTables(page, permissionPatterns, problems);
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

    /** Matches JDA's permission constants, such as MESSAGE_SEND, and their Discord names with a space in them. */
    private static Map<Pattern, Permission> permissionPatterns() {
        Map<Pattern, Permission> patterns = new LinkedHashMap<>();
        for (Permission permission : Permission.values()) {
            if (permission == Permission.UNKNOWN) {
                continue;
            }
            patterns.put(Pattern.compile("\\b" + Pattern.quote(permission.name()) + "\\b"), permission);
            if (permission.getName().contains(" ")) {
                patterns.put(Pattern.compile("(?i)\\b" + Pattern.quote(permission.getName()) + "\\b"), permission);
            }
        }
        return patterns;
    }

    private static void checkPermissionTables(AsciidocPage page, Map<Pattern, Permission> patterns,
            List<BuildProblem> problems) {
        for (Table table : page.tables()) {
            Set<Permission> named = new LinkedHashSet<>();
            for (int line = table.firstLine(); line <= table.lastLine(); line++) {
                for (Map.Entry<Pattern, Permission> pattern : patterns.entrySet()) {
                    if (pattern.getKey().matcher(page.lines().get(line - 1)).find()) {
                        named.add(pattern.getValue());
                    }
                }
            }
            if (named.size() >= PERMISSIONS_PER_TABLE) {
                problems.add(new BuildProblem(page.file(), table.firstLine(), "Hand-written table of JDA permissions"
                        + " (it names " + named.size() + " permissions); it goes stale when JDA changes.",
                        "include the generated table instead: include::{generated-dir}/FILE.adoc[]."));
            }
        }
    }
}
