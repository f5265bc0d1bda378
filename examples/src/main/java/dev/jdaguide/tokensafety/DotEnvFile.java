package dev.jdaguide.tokensafety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The variables in a {@code .env} file: one {@code NAME=value} per line, with {@code #} comments, blank lines, an
 * optional {@code export } prefix and optional matching quotes around the value.
 *
 * <p>Messages about a malformed file name the file and line number but never repeat a line, because a line may
 * contain a token.
 */
public final class DotEnvFile {

    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final Path file;
    private final Map<String, String> values;

    private DotEnvFile(Path file, Map<String, String> values) {
        this.file = file;
        this.values = values;
    }

    /**
     * Reads and checks the file.
     *
     * @throws TokenSourceException if a line is not {@code NAME=value} or a name appears twice
     * @throws UncheckedIOException if the file cannot be read
     */
    public static DotEnvFile read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read " + file.toAbsolutePath(), e);
        }
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, Integer> lineOfName = new LinkedHashMap<>();
        for (int index = 0; index < lines.size(); index++) {
            int lineNumber = index + 1;
            String line = lines.get(index).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int equals = line.indexOf('=');
            String name = equals < 0 ? "" : line.substring(0, equals).strip();
            if (!NAME.matcher(name).matches()) {
                throw new TokenSourceException("Line " + lineNumber + " of " + file.toAbsolutePath() + " is not"
                        + " NAME=value. Write each variable on its own line, for example DISCORD_TOKEN=your-token.");
            }
            Integer earlierLine = lineOfName.putIfAbsent(name, lineNumber);
            if (earlierLine != null) {
                throw new TokenSourceException(file.toAbsolutePath() + " sets " + name + " twice, on lines "
                        + earlierLine + " and " + lineNumber + ". Keep one of them.");
            }
            values.put(name, unquote(line.substring(equals + 1).strip()));
        }
        return new DotEnvFile(file, values);
    }

    /** Returns the value of a variable, or empty when the file does not set it. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    public Path file() {
        return file;
    }

    // Tools that write .env files may quote values, and the quotes are not part of the value.
    private static String unquote(String value) {
        if (value.length() >= 2) {
            char first = value.charAt(0);
            char last = value.charAt(value.length() - 1);
            if ((first == '"' || first == '\'') && first == last) {
                return value.substring(1, value.length() - 1);
            }
        }
        return value;
    }
}
