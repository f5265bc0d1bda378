package dev.jdaguide.site.check;

import dev.jdaguide.site.build.BuildProblem;
import dev.jdaguide.site.check.AsciidocPage.ImageMacro;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.nodes.Element;
import org.xml.sax.SAXException;

/**
 * Checks the site's images: every image a page refers to exists and has alt text, every file is a well-formed SVG
 * or a valid PNG, JPEG, WebP or GIF within {@link #MAX_IMAGE_BYTES}, and no file in {@code images/} is unused.
 */
final class ImageCheck implements SiteCheck {

    /** The size budget for one image file, in bytes; the report prints it. */
    static final int MAX_IMAGE_BYTES = 100 * 1024;

    private static final String IMAGES_FOLDER = "images";
    private static final Set<String> IMAGE_EXTENSIONS = Set.of("svg", "png", "jpg", "jpeg", "gif", "webp");

    @Override
    public String name() {
        return "images";
    }

    @Override
    public List<BuildProblem> run(BakedSite site, CheckReport report) {
        List<BuildProblem> problems = new ArrayList<>();
        Set<String> used = new TreeSet<>();
        for (BakedPage page : site.pages()) {
            checkPage(site, page, used, problems);
        }
        collectStylesheetImages(site, used);

        report.count("images", 0);
        report.add("Images (budget " + MAX_IMAGE_BYTES / 1024 + " KB each)", "budget: " + MAX_IMAGE_BYTES + " bytes");
        Set<String> files = new TreeSet<>(used);
        for (Path file : BakedSite.filesUnder(site.siteFolder().resolve(IMAGES_FOLDER))) {
            files.add(site.siteFolder().relativize(file).toString().replace('\\', '/'));
        }
        for (String image : files) {
            Path baked = site.siteFolder().resolve(image);
            if (!Files.isRegularFile(baked) || !isImage(image)) {
                continue;
            }
            report.count("images", 1);
            Path source = sourceOf(site, image);
            long size = size(baked);
            report.add("Images (budget " + MAX_IMAGE_BYTES / 1024 + " KB each)", image + " " + size + " bytes");
            if (image.startsWith(IMAGES_FOLDER + "/") && !used.contains(image)) {
                problems.add(new BuildProblem(source, 0, "Unused image: no page or stylesheet refers to " + image
                        + ".", "delete the file, or show it on a page with image::" + image.substring(
                                IMAGES_FOLDER.length() + 1) + "[ALT TEXT]."));
            }
            if (size > MAX_IMAGE_BYTES) {
                problems.add(new BuildProblem(source, 0, "Image " + image + " is " + size + " bytes, over the budget"
                        + " of " + MAX_IMAGE_BYTES + " bytes.", "shrink it (optimise the SVG, or resize or"
                        + " recompress the bitmap) below " + MAX_IMAGE_BYTES / 1024 + " KB."));
            }
            String invalid = formatProblem(image, baked);
            if (invalid != null) {
                problems.add(new BuildProblem(source, 0, "Image " + image + " " + invalid + ".",
                        "export the image again as SVG, PNG, JPEG, WebP or GIF with a matching file extension."));
            }
        }
        return problems;
    }

    private static void checkPage(BakedSite site, BakedPage page, Set<String> used, List<BuildProblem> problems) {
        for (Element image : page.document().select("img[src]")) {
            String src = image.attr("src");
            if (Urls.isExternal(src)) {
                continue;
            }
            String target = Urls.resolve(page.path(), src);
            addResolved(used, target);
            String name = src.substring(src.lastIndexOf('/') + 1);
            if (target == null || !Files.isRegularFile(site.siteFolder().resolve(target))) {
                SourceLine where = page.locate(image, "src", List.of("image::" + name, "image:" + name, name));
                problems.add(new BuildProblem(where.file(), where.line(), "Missing image: " + page.path()
                        + " shows " + src + ", which is not in the site.",
                        "add the file to images/, or correct the name in the image macro."));
            }
            if (image.attr("alt").isBlank()) {
                SourceLine where = page.locate(image, "alt", List.of("image::" + name, "image:" + name, name));
                problems.add(new BuildProblem(where.file(), where.line(), "Image " + src + " on " + page.path()
                        + " has no alt text.", "describe the image in the macro's first attribute:"
                        + " image::" + name + "[What the picture shows]."));
            }
        }
        for (Element element : page.document().select("[srcset]")) {
            for (String candidate : element.attr("srcset").split(",")) {
                String url = candidate.trim().split("\\s+")[0];
                if (!url.isEmpty() && !Urls.isExternal(url)) {
                    addResolved(used, Urls.resolve(page.path(), url));
                }
            }
        }
        for (Element element : page.document().select("link[href], object[data], video[poster], [style]")) {
            for (String url : List.of(element.attr("href"), element.attr("data"), element.attr("poster"))) {
                if (!url.isEmpty() && !Urls.isExternal(url)) {
                    addResolved(used, Urls.resolve(page.path(), url));
                }
            }
            for (CssReferences.Reference reference : CssReferences.find(element.attr("style"))) {
                if (!Urls.isExternal(reference.url())) {
                    addResolved(used, Urls.resolve(page.path(), reference.url()));
                }
            }
        }
        if (page.source() == null) {
            return;
        }
        // Asciidoctor turns image::cat.png[] into alt="cat", so an image without alt text is only visible in the source.
        for (ImageMacro macro : page.source().images()) {
            if (macro.alt().isBlank()) {
                problems.add(new BuildProblem(page.source().file(), macro.line(), "Image " + macro.target()
                        + " has no alt text; Asciidoctor would use the file name.",
                        "describe the image in the macro's first attribute: image" + (macro.block() ? "::" : ":")
                                + macro.target() + "[What the picture shows]."));
            }
        }
    }

    /** Adds a resolved site path; {@code null} means the URL left the site, which {@link LinkCheck} reports. */
    private static void addResolved(Set<String> used, String path) {
        if (path != null) {
            used.add(path);
        }
    }

    private static void collectStylesheetImages(BakedSite site, Set<String> used) {
        for (Path css : BakedSite.filesUnder(site.siteFolder())) {
            if (!css.getFileName().toString().endsWith(".css")) {
                continue;
            }
            String cssPath = site.siteFolder().relativize(css).toString().replace('\\', '/');
            try {
                for (CssReferences.Reference reference : CssReferences.find(Files.readString(css))) {
                    if (!Urls.isExternal(reference.url())) {
                        addResolved(used, Urls.resolve(cssPath, reference.url()));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Failed to read the stylesheet " + css, e);
            }
        }
    }

    /** Returns what is wrong with the file's format, or {@code null} when it is a valid image of its type. */
    static String formatProblem(String name, Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return "cannot be read (" + e.getMessage() + ")";
        }
        String extension = extension(name);
        switch (extension) {
            case "svg":
                return svgProblem(bytes);
            case "png":
                return startsWith(bytes, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                        ? decodeProblem(bytes) : "is not a PNG file (wrong magic bytes)";
            case "jpg":
            case "jpeg":
                return startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
                        ? decodeProblem(bytes) : "is not a JPEG file (wrong magic bytes)";
            case "gif":
                return startsWith(bytes, "GIF87a".getBytes(StandardCharsets.US_ASCII))
                        || startsWith(bytes, "GIF89a".getBytes(StandardCharsets.US_ASCII))
                        ? decodeProblem(bytes) : "is not a GIF file (wrong magic bytes)";
            case "webp":
                // The JDK has no WebP decoder, so only the RIFF container header is checked.
                return bytes.length >= 12 && startsWith(bytes, "RIFF".getBytes(StandardCharsets.US_ASCII))
                        && new String(bytes, 8, 4, StandardCharsets.US_ASCII).equals("WEBP")
                        ? null : "is not a WebP file (wrong magic bytes)";
            default:
                return "has the unsupported type ." + extension;
        }
    }

    private static String svgProblem(byte[] bytes) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            // An SVG must not pull in anything, so a DTD or external entity is never fetched.
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            String root = builder.parse(new ByteArrayInputStream(bytes)).getDocumentElement().getLocalName();
            return "svg".equals(root) ? null : "is not an SVG: its root element is <" + root + ">, not <svg>";
        } catch (SAXException e) {
            return "is not well-formed XML: " + e.getMessage();
        } catch (ParserConfigurationException | IOException e) {
            return "cannot be parsed as XML: " + e.getMessage();
        }
    }

    private static String decodeProblem(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes)) == null ? "cannot be decoded" : null;
        } catch (IOException e) {
            return "cannot be decoded: " + e.getMessage();
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean isImage(String name) {
        return IMAGE_EXTENSIONS.contains(extension(name)) || name.startsWith(IMAGES_FOLDER + "/");
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Maps a baked image back to the file it was copied from: top-level images/, the assets folder, or itself. */
    private static Path sourceOf(BakedSite site, String image) {
        if (image.startsWith(IMAGES_FOLDER + "/")) {
            Path original = site.options().images().resolve(image.substring(IMAGES_FOLDER.length() + 1));
            if (Files.isRegularFile(original)) {
                return original;
            }
        }
        return ExternalResourceCheck.sourceOf(site, site.siteFolder().resolve(image));
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read the size of " + file, e);
        }
    }
}
