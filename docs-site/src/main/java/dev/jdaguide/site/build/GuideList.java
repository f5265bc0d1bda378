package dev.jdaguide.site.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The guides in reading order, read once per bake from the pages' headers for the sidebar and the previous and next
 * links.
 *
 * <p>The layout could ask JBake for its published pages instead, but JBake answers each such request with a query
 * that loads every page, body included, so a bake of n pages did n such queries and grew with the square of n.
 */
public final class GuideList {

    /** The JBake configuration key the list is passed to the templates under, as {@code config.site_guides}. */
    public static final String CONFIG_KEY = "site.guides";

    /** A page without {@code :jbake-order:} sorts last, so a new page is visible before it is given its place. */
    private static final int UNORDERED = Integer.MAX_VALUE;

    private GuideList() {
    }

    /** One guide: the page's file name in the site and its title. */
    public record Guide(int order, String uri, String title) {
    }

    /**
     * Reads the header of every AsciiDoc page in {@code contentFolder} and returns the published pages of type
     * {@code page}, sorted by {@code :jbake-order:} and then by file name.
     */
    public static List<Guide> read(Path contentFolder) {
        List<Guide> guides = new ArrayList<>();
        try (Stream<Path> files = Files.list(contentFolder)) {
            for (Path file : (Iterable<Path>) files.filter(GuideList::isAsciiDoc).sorted()::iterator) {
                Guide guide = readHeader(file);
                if (guide != null) {
                    guides.add(guide);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to list the pages in " + contentFolder, e);
        }
        guides.sort(Comparator.comparingInt(Guide::order).thenComparing(Guide::uri));
        return guides;
    }

    /**
     * Encodes the guides as {@code uri|title} strings for JBake's configuration. The configuration splits values at
     * commas, once in the composite and again in the configuration it stores into, so a comma in a title is written
     * as the HTML character reference {@code &#44;}, which reads as a comma where the template puts the title.
     */
    public static List<String> toConfigValues(List<Guide> guides) {
        return guides.stream().map(guide -> guide.uri() + "|" + guide.title().replace(",", "&#44;")).toList();
    }

    private static boolean isAsciiDoc(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".adoc") || name.endsWith(".asciidoc") || name.endsWith(".ad");
    }

    /** Returns the page's entry, or {@code null} when it is a draft or another type than {@code page}. */
    private static Guide readHeader(Path file) throws IOException {
        String title = null;
        String type = "page";
        String status = "published";
        int order = UNORDERED;
        for (String line : Files.readAllLines(file)) {
            if (line.isBlank() && title != null) {
                break;
            }
            if (line.startsWith("= ") && title == null) {
                title = line.substring(2).strip();
            } else if (line.startsWith(":jbake-order:")) {
                order = Integer.parseInt(line.substring(":jbake-order:".length()).strip());
            } else if (line.startsWith(":jbake-type:")) {
                type = line.substring(":jbake-type:".length()).strip();
            } else if (line.startsWith(":jbake-status:")) {
                status = line.substring(":jbake-status:".length()).strip();
            }
        }
        if (!type.equals("page") || !status.equals("published")) {
            return null;
        }
        String name = file.getFileName().toString();
        String uri = name.substring(0, name.lastIndexOf('.')) + ".html";
        return new Guide(order, uri, title == null ? uri : title);
    }
}
