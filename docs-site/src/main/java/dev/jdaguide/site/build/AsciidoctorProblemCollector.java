package dev.jdaguide.site.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * Turns every Asciidoctor warning or error into a {@link BuildProblem}.
 *
 * <p>AsciidoctorJ loads this handler through {@code META-INF/services} into every Asciidoctor instance it creates,
 * including the one inside JBake. Asciidoctor itself only logs a missing include or attribute and carries on, so
 * without this handler a broken page would be baked and published.
 */
public final class AsciidoctorProblemCollector implements LogHandler {

    private static final Pattern MISSING_ATTRIBUTE = Pattern.compile("missing attribute: ([\\w-]+)");

    @Override
    public void log(LogRecord record) {
        if (record.getSeverity().compareTo(Severity.WARN) < 0) {
            return;
        }
        Cursor cursor = record.getCursor();
        Path file = fileOf(cursor);
        String message = record.getMessage();
        int line = cursor == null ? 0 : cursor.getLineNumber();
        if (line <= 0 && file != null) {
            line = lineOfMissingAttribute(file, message);
        }
        BuildProblems.add(new BuildProblem(file, line, "Asciidoctor " + record.getSeverity().name().toLowerCase()
                + ": " + message + ".", fixFor(message)));
    }

    /**
     * Finds the line of a missing attribute's first use, because Asciidoctor reports that warning without a line.
     * Returns 0 when the message is about something else or the reference cannot be found.
     */
    static int lineOfMissingAttribute(Path file, String message) {
        Matcher matcher = MISSING_ATTRIBUTE.matcher(message);
        if (!matcher.find()) {
            return 0;
        }
        String reference = "{" + matcher.group(1) + "}";
        try {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).contains(reference)) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    private static Path fileOf(Cursor cursor) {
        String name = cursor == null ? null : cursor.getFile();
        if (name == null || name.isBlank() || name.equals("<stdin>")) {
            return BuildProblems.currentPage();
        }
        return Path.of(name).toAbsolutePath();
    }

    private static String fixFor(String message) {
        String lower = message.toLowerCase();
        if (lower.contains("tag") && lower.contains("include")) {
            return "add the tag::NAME[] and end::NAME[] comments to the example file, or correct the tag in the include.";
        }
        if (lower.contains("include file not found")) {
            return "correct the path after {examples-dir}, or add the example file.";
        }
        if (lower.contains("attribute")) {
            return "define the attribute in jbake.properties or in the page header, or correct its spelling.";
        }
        return "correct the AsciiDoc at this line.";
    }
}
