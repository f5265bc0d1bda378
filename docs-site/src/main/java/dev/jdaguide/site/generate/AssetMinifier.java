package dev.jdaguide.site.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Strips comments and indentation from the site's stylesheets and scripts after the bake, so that every page stays
 * within its weight budget while the sources keep their comments.
 *
 * <p>The rules are deliberately small and only fit how this site's own files are written. In CSS it removes
 * comments, the whitespace around braces, semicolons and commas, and the space after a property's colon (never the
 * space before a colon, which would change selectors such as {@code .a :not(b)}). No string in these stylesheets
 * contains a colon and a space. In JavaScript it removes indentation, blank lines and lines that hold only
 * a {@code //} comment; it leaves every other line as written, so no string, regular expression or automatic
 * semicolon insertion is affected.
 */
final class AssetMinifier {

    private static final Pattern CSS_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern CSS_SPACE_AROUND_PUNCTUATION = Pattern.compile("\\s*([{};,])\\s*");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");

    private AssetMinifier() {
    }

    /** Minifies every {@code .css} file under {@code css/} and {@code .js} file under {@code js/} in place. */
    static void minify(Path siteRoot) {
        for (String folder : List.of("css", "js")) {
            Path directory = siteRoot.resolve(folder);
            if (!Files.isDirectory(directory)) {
                continue;
            }
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".css")) {
                        Files.writeString(file, css(Files.readString(file)), StandardCharsets.UTF_8);
                    } else if (name.endsWith(".js")) {
                        Files.writeString(file, javaScript(Files.readString(file)), StandardCharsets.UTF_8);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Failed to minify the assets in " + directory, e);
            }
        }
    }

    static String css(String source) {
        String withoutComments = CSS_COMMENT.matcher(source).replaceAll("");
        String collapsed = WHITESPACE_RUN.matcher(withoutComments).replaceAll(" ");
        String tight = CSS_SPACE_AROUND_PUNCTUATION.matcher(collapsed).replaceAll("$1").replace(";}", "}");
        // A colon followed by a space ends a property name, because in selectors no space follows a colon.
        return tight.replace(": ", ":").trim() + "\n";
    }

    static String javaScript(String source) {
        StringBuilder minified = new StringBuilder(source.length());
        for (String line : source.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("//")) {
                continue;
            }
            minified.append(trimmed).append('\n');
        }
        return minified.toString();
    }
}
