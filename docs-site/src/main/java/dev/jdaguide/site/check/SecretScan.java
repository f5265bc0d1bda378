package dev.jdaguide.site.check;

import dev.jdaguide.site.build.BuildProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scans the tracked files and the baked site for Discord bot tokens, client secrets and webhook URLs.
 *
 * <p>Messages never show the matched text, only its kind, place and SHA-256, which is what the allow-list takes.
 */
final class SecretScan implements SiteCheck {

    /**
     * A bot token: a base64url user id (23-28 characters that decode to digits), a 6-character timestamp and an
     * HMAC of 27 characters for old tokens or about 38 for new ones; 25-45 covers both with a margin.
     */
    static final Pattern BOT_TOKEN = Pattern.compile(
            "(?<![A-Za-z0-9_-])([A-Za-z0-9_-]{23,28})\\.[A-Za-z0-9_-]{6}\\.[A-Za-z0-9_-]{25,45}(?![A-Za-z0-9_-])");
    /** An OAuth2 client secret: 32 characters of base64url, reported only near the word "secret". */
    static final Pattern CLIENT_SECRET = Pattern.compile("(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{32}(?![A-Za-z0-9_-])");
    /** A webhook URL with its token, which lets anyone post to the channel. */
    static final Pattern WEBHOOK = Pattern.compile(
            "discord(?:app)?\\.com/api/(?:v\\d+/)?webhooks/\\d+/[A-Za-z0-9_-]{20,}");

    private static final int BINARY_SNIFF_BYTES = 8000;

    private final SecretAllowList allowList;

    SecretScan() {
        this(null);
    }

    /** Uses {@code allowList}, or the project's own when {@code null}. */
    SecretScan(SecretAllowList allowList) {
        this.allowList = allowList;
    }

    @Override
    public String name() {
        return "no secrets in tracked files or the site";
    }

    @Override
    public List<BuildProblem> run(BakedSite site, CheckReport report) {
        SecretAllowList allowed = allowList != null ? allowList : SecretAllowList.load(site.root());
        List<BuildProblem> problems = new ArrayList<>(allowed.problems());
        Set<Path> files = new LinkedHashSet<>(projectFiles(site.root(), report));
        files.addAll(BakedSite.filesUnder(site.siteFolder()));
        int scanned = 0;
        for (Path file : files) {
            String text = readText(file);
            if (text != null) {
                scanned++;
                Path relative = file.startsWith(site.root()) ? site.root().relativize(file) : file;
                problems.addAll(scan(file, relative, text, allowed));
            }
        }
        report.count("files scanned for secrets", scanned);
        return problems;
    }

    /** Returns the problems for every secret-shaped string in {@code text} that the allow-list does not allow. */
    static List<BuildProblem> scan(Path file, Path relativePath, String text, SecretAllowList allowed) {
        List<BuildProblem> problems = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher token = BOT_TOKEN.matcher(line);
            while (token.find()) {
                if (decodesToDigits(token.group(1))) {
                    report(file, relativePath, i + 1, token.group(), "a Discord bot token", allowed, problems);
                }
            }
            String nearby = (i > 0 ? lines[i - 1] : "") + " " + line;
            if (nearby.toLowerCase(Locale.ROOT).contains("secret")) {
                Matcher secret = CLIENT_SECRET.matcher(line);
                while (secret.find()) {
                    if (looksRandom(secret.group())) {
                        report(file, relativePath, i + 1, secret.group(), "a client secret", allowed, problems);
                    }
                }
            }
            Matcher webhook = WEBHOOK.matcher(line);
            while (webhook.find()) {
                report(file, relativePath, i + 1, webhook.group(), "a Discord webhook URL with its token", allowed,
                        problems);
            }
        }
        return problems;
    }

    private static void report(Path file, Path relativePath, int line, String match, String kind,
            SecretAllowList allowed, List<BuildProblem> problems) {
        String fingerprint = sha256(match);
        if (allowed.allows(fingerprint, relativePath)) {
            return;
        }
        problems.add(new BuildProblem(file, line, "Text shaped like " + kind + " (sha256:" + fingerprint + ").",
                "if it is real, revoke it in the Discord Developer Portal now and remove it from the file and the"
                        + " git history; if it is a fake, build it at run time or add sha256:" + fingerprint
                        + " with a reason to " + SecretAllowList.FILE + "."));
    }

    /** Returns whether a token's first part is base64url for a user id, which is all digits. */
    static boolean decodesToDigits(String part) {
        if (part.length() % 4 == 1) {
            return false;
        }
        try {
            byte[] decoded = Base64.getUrlDecoder().decode(part + "=".repeat((4 - part.length() % 4) % 4));
            if (decoded.length == 0) {
                return false;
            }
            for (byte b : decoded) {
                if (b < '0' || b > '9') {
                    return false;
                }
            }
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Returns whether a 32-character candidate has upper case, lower case and a digit. A generated secret almost
     * always has all three, while identifiers such as {@code CLIENT_SECRET_ENVIRONMENT_VARIABLE} do not.
     */
    static boolean looksRandom(String candidate) {
        return candidate.chars().anyMatch(Character::isUpperCase) && candidate.chars().anyMatch(Character::isLowerCase)
                && candidate.chars().anyMatch(Character::isDigit);
    }

    /** Lists the files git tracks under {@code root}, or every file outside target/ and .git/ when git is missing. */
    static List<Path> projectFiles(Path root, CheckReport report) {
        try {
            Process git = new ProcessBuilder("git", "ls-files", "-z").directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            byte[] output = git.getInputStream().readAllBytes();
            if (git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0) {
                List<Path> files = new ArrayList<>();
                for (String name : new String(output, StandardCharsets.UTF_8).split("\0")) {
                    Path file = root.resolve(name);
                    if (!name.isEmpty() && Files.isRegularFile(file)) {
                        files.add(file);
                    }
                }
                report.add("Secret scan", "tracked files: git ls-files in " + root);
                return files;
            }
            git.destroy();
        } catch (IOException e) {
            // git is not installed: fall through to walking the tree.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        report.add("Secret scan", "tracked files: git unavailable, walked " + root + " without target/ and .git/");
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> {
                        Path relative = root.relativize(file);
                        for (Path part : relative) {
                            if (part.toString().equals("target") || part.toString().equals(".git")) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to list the files under " + root, e);
        }
    }

    /** Reads a file as UTF-8 text, or returns {@code null} for a binary file (a NUL byte near the start). */
    private static String readText(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read " + file + " for the secret scan", e);
        }
        for (int i = 0; i < Math.min(bytes.length, BINARY_SNIFF_BYTES); i++) {
            if (bytes[i] == 0) {
                return null;
            }
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK has no SHA-256, which every Java runtime must provide", e);
        }
    }
}
