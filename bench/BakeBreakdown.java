import dev.jdaguide.site.build.BuildOptions;
import dev.jdaguide.site.build.SiteBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

/**
 * Splits a bake's time into its parts, for bench/run. Three modes, each meant for a fresh JVM:
 *
 * <ul>
 *   <li>{@code noop}: returns at once, so timing the whole process gives the JVM's start and exit.
 *   <li>{@code asciidoctor PAGE.adoc}: Asciidoctor (JRuby) start, the first page's conversion
 *       (which loads rouge for the listings) and the median of 20 further conversions of the same page.
 *   <li>{@code bake SITE-BUILDER-ARGUMENTS...}: the first SiteBuilder build in the JVM, then the median of 5 more builds
 *       in the same JVM, which is what a preview rebuild costs.
 * </ul>
 *
 * Prints {@code name=milliseconds} lines.
 */
public final class BakeBreakdown {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "noop" -> {
            }
            case "asciidoctor" -> asciidoctor(Path.of(args[1]));
            case "bake" -> bake(Arrays.copyOfRange(args, 1, args.length));
            default -> throw new IllegalArgumentException("Invalid mode '" + args[0] + "': expected noop, asciidoctor or bake.");
        }
    }

    private static void asciidoctor(Path page) {
        long started = System.nanoTime();
        try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
            System.out.println("asciidoctor_start_ms=" + millisSince(started));
            String source = readString(page);
            Options options = Options.builder().safe(SafeMode.UNSAFE).baseDir(page.getParent().toFile())
                    .attributes(org.asciidoctor.Attributes.builder().sourceHighlighter("rouge")
                            .attribute("rouge-css", "class").build())
                    .build();
            started = System.nanoTime();
            asciidoctor.convert(source, options);
            System.out.println("first_page_ms=" + millisSince(started));
            List<Long> further = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                started = System.nanoTime();
                asciidoctor.convert(source, options);
                further.add(microsSince(started));
            }
            System.out.println("further_page_ms=" + median(further) / 1000.0);
        }
    }

    private static void bake(String[] args) {
        BuildOptions options = BuildOptions.parse(args);
        long started = System.nanoTime();
        int problems = new SiteBuilder(options).build().size();
        System.out.println("first_bake_ms=" + millisSince(started));
        List<Long> warm = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            started = System.nanoTime();
            new SiteBuilder(options).build();
            warm.add(microsSince(started));
        }
        System.out.println("warm_bake_ms=" + median(warm) / 1000.0);
        System.out.println("problems=" + problems);
    }

    private static String readString(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static long microsSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }
}
