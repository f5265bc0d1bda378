package dev.jdaguide.site.check;

import java.nio.file.Path;

/**
 * A place in a source file that a check can name in its message.
 *
 * @param file the page source, template, stylesheet or baked HTML file
 * @param line the 1-based line, or 0 when the whole file is meant
 */
public record SourceLine(Path file, int line) {
}
