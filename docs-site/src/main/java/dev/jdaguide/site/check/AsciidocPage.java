package dev.jdaguide.site.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a page's AsciiDoc source that the checks map the baked HTML back to: Java listings with their
 * includes, tables and image macros, each with its 1-based line.
 *
 * <p>This is a line scanner for the subset of AsciiDoc the guide uses (delimited blocks, block attribute lines,
 * include directives), not a full parser. Conditional directives ({@code ifdef}) are not evaluated.
 */
public final class AsciidocPage {

    /**
     * The role that marks a hand-written Java listing as deliberately not compiled, written
     * {@code [source,java,role=uncompiled]}. Such a listing is allowed without an include and is counted in the report.
     */
    public static final String UNCOMPILED_ROLE = "uncompiled";

    private static final List<String> SOURCE_EXTENSIONS = List.of(".adoc", ".asciidoc", ".ad");
    private static final Pattern JAVA_SOURCE_ATTRIBUTES =
            Pattern.compile("^\\[(?:source)?(?:[.#%][\\w.#%-]*)?,\\s*java\\s*(?:,.*)?]\\s*$");
    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[(.*)]\\s*$");
    private static final Pattern IMAGE = Pattern.compile("image:(:?)([^\\s\\[]+)\\[([^]]*)]");
    private static final Pattern DELIMITER = Pattern.compile("^(-{4,}|\\.{4,}|/{4,}|\\+{4,}|={4,}|\\*{4,}|_{4,}|\\|===+)\\s*$");

    private final Path file;
    private final List<String> lines;
    private final List<JavaListing> javaListings = new ArrayList<>();
    private final List<Table> tables = new ArrayList<>();
    private final List<ImageMacro> images = new ArrayList<>();
    private final boolean[] commented;

    private AsciidocPage(Path file, List<String> lines) {
        this.file = file;
        this.lines = lines;
        this.commented = new boolean[lines.size()];
        scan();
    }

    /** Reads and scans one page source. */
    public static AsciidocPage read(Path file) {
        try {
            return new AsciidocPage(file.toAbsolutePath().normalize(), Files.readAllLines(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read the page source " + file, e);
        }
    }

    /** Finds the source of a baked page such as {@code logging-in.html}, or returns {@code null} if it has none. */
    static AsciidocPage forBakedPage(Path contentFolder, String htmlPath) {
        if (!htmlPath.endsWith(".html")) {
            return null;
        }
        String base = htmlPath.substring(0, htmlPath.length() - ".html".length());
        for (String extension : SOURCE_EXTENSIONS) {
            Path candidate = contentFolder.resolve(base + extension);
            if (Files.isRegularFile(candidate)) {
                return read(candidate);
            }
        }
        return null;
    }

    public Path file() {
        return file;
    }

    public List<String> lines() {
        return lines;
    }

    /** Returns whether the 1-based line is an AsciiDoc comment, either a {@code //} line or inside a comment block. */
    public boolean isComment(int line) {
        return commented[line - 1];
    }

    public List<JavaListing> javaListings() {
        return javaListings;
    }

    public List<Table> tables() {
        return tables;
    }

    public List<ImageMacro> images() {
        return images;
    }

    /** Returns the first 1-based line that contains any of the non-blank {@code needles}, or 0. */
    public int firstLineContaining(List<String> needles) {
        for (int i = 0; i < lines.size(); i++) {
            for (String needle : needles) {
                if (needle != null && !needle.isBlank() && lines.get(i).contains(needle)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private void scan() {
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher delimiter = DELIMITER.matcher(line);
            if (JAVA_SOURCE_ATTRIBUTES.matcher(line.trim()).matches()) {
                i = scanJavaListing(i);
                continue;
            }
            if (delimiter.matches()) {
                i = scanDelimitedBlock(i, delimiter.group(1));
                continue;
            }
            if (line.startsWith("//")) {
                commented[i] = true;
            } else {
                collectImages(i);
            }
            i++;
        }
    }

    /** Skips a delimited block, recording a table or marking a comment block; returns the index after it. */
    private int scanDelimitedBlock(int open, String delimiter) {
        int close = findClosing(open, delimiter);
        if (delimiter.startsWith("|")) {
            tables.add(new Table(open + 1, close + 1));
        }
        for (int i = open; i <= close && i < lines.size(); i++) {
            if (delimiter.startsWith("/")) {
                commented[i] = true;
            } else if (!delimiter.startsWith("-") && !delimiter.startsWith(".")) {
                collectImages(i);
            }
        }
        return close + 1;
    }

    /** Records a {@code [source,java]} listing that starts at the attribute line {@code start}; returns the index after it. */
    private int scanJavaListing(int start) {
        String attributes = lines.get(start).trim();
        int i = start + 1;
        // Block titles, anchors and further attribute lines may sit between the attribute line and the block.
        while (i < lines.size() && (lines.get(i).startsWith(".") && !lines.get(i).startsWith("....")
                || lines.get(i).startsWith("["))) {
            i++;
        }

        int first;
        int end;
        int next;
        if (i < lines.size() && (lines.get(i).matches("^-{4,}\\s*$") || lines.get(i).matches("^\\.{4,}\\s*$"))) {
            first = i + 1;
            end = findClosing(i, lines.get(i).trim());
            next = end + 1;
        } else {
            // Without a delimiter the listing is the paragraph that follows, up to the next blank line.
            first = i;
            end = i;
            while (end < lines.size() && !lines.get(end).isBlank()) {
                end++;
            }
            next = end;
        }

        List<Include> includes = new ArrayList<>();
        List<Integer> handWritten = new ArrayList<>();
        for (int j = first; j < end && j < lines.size(); j++) {
            Matcher include = INCLUDE.matcher(lines.get(j).trim());
            if (include.matches()) {
                includes.add(new Include(j + 1, include.group(1), include.group(2)));
            } else if (!lines.get(j).isBlank()) {
                handWritten.add(j + 1);
            }
        }
        javaListings.add(new JavaListing(start + 1, includes, handWritten, hasRole(attributes, UNCOMPILED_ROLE)));
        return next;
    }

    private int findClosing(int open, String delimiter) {
        for (int i = open + 1; i < lines.size(); i++) {
            if (lines.get(i).trim().equals(delimiter)) {
                return i;
            }
        }
        return lines.size() - 1;
    }

    private void collectImages(int index) {
        Matcher image = IMAGE.matcher(lines.get(index));
        while (image.find()) {
            images.add(new ImageMacro(index + 1, image.group(2), firstPositional(image.group(3)),
                    !image.group(1).isEmpty()));
        }
    }

    static boolean hasRole(String attributeLine, String role) {
        return Pattern.compile("(?:role=\"?[\\w\\s-]*\\b|\\.)" + Pattern.quote(role) + "\\b").matcher(attributeLine)
                .find();
    }

    /** Returns the first positional attribute of a macro, which for an image is its alt text; "" when absent. */
    static String firstPositional(String attributeList) {
        String first = attributeList.split(",", 2)[0].trim();
        if (first.startsWith("\"") && first.endsWith("\"") && first.length() >= 2) {
            first = first.substring(1, first.length() - 1);
        }
        return first.matches("^[\\w-]+=.*") ? "" : first;
    }

    /**
     * A {@code [source,java]} block.
     *
     * @param line the line of the {@code [source,java]} attribute line
     * @param includes the include directives inside the block
     * @param handWrittenLines lines of the block that are neither blank nor an include
     * @param uncompiled whether the block has the role {@value #UNCOMPILED_ROLE}
     */
    public record JavaListing(int line, List<Include> includes, List<Integer> handWrittenLines, boolean uncompiled) {
    }

    /**
     * An {@code include::target[attributes]} directive.
     *
     * @param line the directive's line
     * @param target the path as written, with attribute references such as {@code {examples-dir}} not yet replaced
     * @param attributes the text between the brackets, such as {@code tag=read-token,indent=0}
     */
    public record Include(int line, String target, String attributes) {

        /** Returns the tags the include selects, from {@code tag=} or {@code tags=} with {@code ;} or {@code ,}. */
        public List<String> tags() {
            Matcher matcher = Pattern.compile("\\btags?=(\"[^\"]*\"|[^,\\]]*)").matcher(attributes);
            List<String> tags = new ArrayList<>();
            while (matcher.find()) {
                for (String tag : matcher.group(1).replace("\"", "").split("[;,]")) {
                    if (!tag.isBlank()) {
                        tags.add(tag.trim());
                    }
                }
            }
            return tags;
        }
    }

    /** A table block from its opening {@code |===} line to its closing one (1-based, inclusive). */
    public record Table(int firstLine, int lastLine) {
    }

    /**
     * An image macro.
     *
     * @param line the macro's line
     * @param target the image path as written
     * @param alt the alt text, "" when the macro gives none (Asciidoctor then makes one up from the file name)
     * @param block whether it is a block image ({@code image::}) rather than an inline one
     */
    public record ImageMacro(int line, String target, String alt, boolean block) {
    }
}
