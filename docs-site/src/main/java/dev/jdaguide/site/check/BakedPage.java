package dev.jdaguide.site.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * One HTML page of the baked site, parsed with source positions, and the AsciiDoc page it was baked from.
 *
 * @param html the baked file
 * @param path the file's path relative to the site folder, with {@code /} separators
 * @param document the parsed page; element positions refer to lines of {@code html}
 * @param source the page's AsciiDoc source, or {@code null} when the page has none (for example a static asset)
 */
public record BakedPage(Path html, String path, Document document, AsciidocPage source) {

    /** Parses a baked page, keeping the line of every element and attribute. */
    static BakedPage read(Path site, Path html, Path contentFolder) {
        String text;
        try {
            text = Files.readString(html);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read the baked page " + html, e);
        }
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        Document document = Jsoup.parse(text, "", parser);
        String path = site.relativize(html).toString().replace('\\', '/');
        return new BakedPage(html, path, document, AsciidocPage.forBakedPage(contentFolder, path));
    }

    /** Returns the line of {@code element} in the baked HTML file. */
    public int htmlLine(Element element) {
        return Math.max(element.sourceRange().start().lineNumber(), 0);
    }

    /** Returns the line of one attribute of {@code element} in the baked HTML file. */
    public int htmlLine(Element element, String attribute) {
        int line = element.attributes().sourceRange(attribute).nameRange().start().lineNumber();
        return line > 0 ? line : htmlLine(element);
    }

    /**
     * Locates what an element came from: the first line of the page source that contains one of {@code needles},
     * or else the element's line in the baked HTML (for example when the page template wrote it).
     */
    public SourceLine locate(Element element, String attribute, List<String> needles) {
        if (source != null) {
            int line = source.firstLineContaining(needles);
            if (line > 0) {
                return new SourceLine(source.file(), line);
            }
        }
        return new SourceLine(html, attribute == null ? htmlLine(element) : htmlLine(element, attribute));
    }
}
