package dev.jdaguide.site.check;

import dev.jdaguide.site.build.BuildProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secret scan's allow-list: strings that look like a secret but are known to be fake, each with a reason.
 *
 * <p>One entry per line, {@code sha256:HEX reason} for one matched string (its SHA-256, so the allow-list does not
 * itself contain the token-shaped text) or {@code path:GLOB reason} for every match in files whose path relative to
 * the project root matches the glob. Lines starting with {@code #} are comments.
 */
public final class SecretAllowList {

    /** The allow-list's path relative to the project root. The build also copies it onto its class path. */
    public static final String FILE = "docs-site/src/main/resources/secret-scan-allowlist.txt";

    private static final Pattern ENTRY = Pattern.compile("^(sha256:[0-9a-f]{64}|path:\\S+)(?:\\s+(.*))?$");

    private final List<String> fingerprints = new ArrayList<>();
    private final List<PathMatcher> paths = new ArrayList<>();
    private final List<BuildProblem> problems = new ArrayList<>();

    /** Parses allow-list text; {@code file} is named in problems with malformed entries. */
    public static SecretAllowList parse(Path file, String text) {
        SecretAllowList list = new SecretAllowList();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher entry = ENTRY.matcher(line);
            if (!entry.matches()) {
                list.problems.add(new BuildProblem(file, i + 1, "Invalid allow-list entry '" + line + "'.",
                        "write sha256:HEX REASON or path:GLOB REASON."));
            } else if (entry.group(2) == null || entry.group(2).isBlank()) {
                list.problems.add(new BuildProblem(file, i + 1, "Allow-list entry " + entry.group(1)
                        + " has no reason.", "say after the entry why the string is not a real secret."));
            } else if (entry.group(1).startsWith("sha256:")) {
                list.fingerprints.add(entry.group(1).substring("sha256:".length()));
            } else {
                list.paths.add(FileSystems.getDefault().getPathMatcher("glob:" + entry.group(1).substring(5)));
            }
        }
        return list;
    }

    /** Loads the project's allow-list from {@code root}, or from the class path when the root has none. */
    public static SecretAllowList load(Path root) {
        Path file = root.resolve(FILE);
        try {
            if (Files.isRegularFile(file)) {
                return parse(file, Files.readString(file));
            }
            try (InputStream in = SecretAllowList.class.getResourceAsStream("/secret-scan-allowlist.txt")) {
                return parse(Path.of(FILE), in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read the secret scan allow-list " + file, e);
        }
    }

    /** Returns whether a match with this SHA-256 fingerprint, found in the file at {@code relativePath}, is allowed. */
    boolean allows(String fingerprint, Path relativePath) {
        return fingerprints.contains(fingerprint) || paths.stream().anyMatch(path -> path.matches(relativePath));
    }

    /** Returns the malformed entries. */
    List<BuildProblem> problems() {
        return problems;
    }
}
