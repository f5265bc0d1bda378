package dev.jdaguide.site.build;

import java.nio.file.Path;

/**
 * One fault found while building the site, located in a source file so a maintainer can go straight to it.
 *
 * @param file the page, example or image the fault is in, or {@code null} when no file can be named
 * @param line the 1-based line in {@code file}, or 0 when the fault is about the whole file
 * @param message what is wrong, naming the value that is wrong
 * @param fix what to do about it
 */
public record BuildProblem(Path file, int line, String message, String fix) {

    /** Formats the problem as {@code file:line: message (fix)}, with the file relative to {@code root}. */
    public String format(Path root) {
        StringBuilder text = new StringBuilder();
        if (file != null) {
            Path shown = file.isAbsolute() && file.startsWith(root) ? root.relativize(file) : file;
            text.append(shown.toString().replace('\\', '/'));
            if (line > 0) {
                text.append(':').append(line);
            }
            text.append(": ");
        }
        // Paths inside the message, such as an include target, are shortened the same way.
        text.append(message.replace(root.toString() + "/", ""));
        if (fix != null && !fix.isBlank()) {
            text.append(" Fix: ").append(fix);
        }
        return text.toString();
    }
}
