package dev.jdaguide.site.check;

import dev.jdaguide.site.build.BuildProblem;
import dev.jdaguide.site.check.AsciidocPage.Include;
import dev.jdaguide.site.check.AsciidocPage.JavaListing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks that every Java listing on the site is an include of a tagged region in {@code examples/} and shows exactly
 * that region, so the text a reader sees is the code that the examples module compiles and tests.
 *
 * <p>A hand-written listing is allowed only with the role {@value AsciidocPage#UNCOMPILED_ROLE}
 * ({@code [source,java,role=uncompiled]}); such listings are counted in the report.
 */
final class ListingProvenanceCheck implements SiteCheck {

    private static final String SECTION = "Java listings (page source line <- example file [tags])";
    private static final String UNCOMPILED_SECTION = "Uncompiled listings";

    @Override
    public String name() {
        return "Java listings come from tagged regions of examples/";
    }

    @Override
    public List<BuildProblem> run(BakedSite site, CheckReport report) {
        List<BuildProblem> problems = new ArrayList<>();
        report.count("Java listings", 0);
        report.count("uncompiled listings", 0);
        report.add(UNCOMPILED_SECTION, "marker: [source,java,role=" + AsciidocPage.UNCOMPILED_ROLE + "]");
        for (BakedPage page : site.pages()) {
            List<PageListing> listings = PageListing.of(page);
            int sourceBlocks = page.source() == null ? 0 : page.source().javaListings().size();
            if (listings.size() != sourceBlocks) {
                SourceLine where = page.source() == null ? new SourceLine(page.html(), 0)
                        : new SourceLine(page.source().file(), 0);
                problems.add(new BuildProblem(where.file(), where.line(), "The baked page " + page.path() + " shows "
                        + listings.size() + " Java listing(s) but its source has " + sourceBlocks
                        + " [source,java] block(s), so the listings cannot be traced to their source.",
                        "write every Java listing as a [source,java] block in the page itself, with an include of a"
                                + " tagged region of examples/."));
            }
            for (PageListing listing : listings) {
                report.count("Java listings", 1);
                if (listing.source() != null) {
                    problems.addAll(checkListing(site, report, listing));
                }
            }
        }
        return problems;
    }

    private List<BuildProblem> checkListing(BakedSite site, CheckReport report, PageListing listing) {
        JavaListing block = listing.source();
        Path page = listing.page().source().file();
        String where = site.root().relativize(page) + ":" + block.line();
        if (block.uncompiled()) {
            report.count("uncompiled listings", 1);
            report.add(UNCOMPILED_SECTION, where);
            return List.of();
        }

        if (block.includes().isEmpty()) {
            return List.of(new BuildProblem(page, block.line(), "Hand-written Java listing: it has no include of an"
                    + " example, so nothing compiles or tests it.",
                    "move the code into a tagged region (// tag::NAME[] ... // end::NAME[]) of a file in examples/ and"
                            + " write include::{examples-dir}/PATH[tag=NAME] in the block, or, if the code must not"
                            + " compile, mark the block [source,java,role=" + AsciidocPage.UNCOMPILED_ROLE + "]."));
        }

        List<BuildProblem> problems = new ArrayList<>();
        if (!block.handWrittenLines().isEmpty()) {
            problems.add(new BuildProblem(page, block.handWrittenLines().get(0), "Hand-written line in a Java listing"
                    + " next to its include: this text is not in any example.",
                    "move the line into the tagged region of the example, or out of the listing."));
        }

        List<String> expected = new ArrayList<>();
        List<String> sources = new ArrayList<>();
        for (Include include : block.includes()) {
            Optional<List<String>> region = region(site, page, include, problems);
            if (region.isEmpty()) {
                return problems;
            }
            expected.addAll(region.get());
            sources.add(describe(site, include));
        }
        report.add(SECTION, where + " <- " + String.join(" + ", sources));

        List<String> actual = TaggedRegion.normalise(List.of(listing.copiedText().split("\n", -1)));
        List<String> normalisedRegion = TaggedRegion.normalise(expected);
        if (!actual.equals(normalisedRegion)) {
            problems.add(new BuildProblem(page, block.line(), "The Java listing differs from its source "
                    + String.join(" + ", sources) + ": " + firstDifference(actual, normalisedRegion) + ".",
                    "remove hand-written text and include attributes such as lines= from the block, so it shows"
                            + " the tagged region exactly."));
        }
        return problems;
    }

    /** Reads the region an include selects, adding a problem and returning empty when it cannot be read. */
    private static Optional<List<String>> region(BakedSite site, Path page, Include include,
            List<BuildProblem> problems) {
        Path examples = examplesFolder(site);
        Path file = Path.of(site.resolveAttributes(include.target())).toAbsolutePath().normalize();
        if (examples == null || !file.startsWith(examples)) {
            problems.add(new BuildProblem(page, include.line(), "The Java listing includes " + include.target()
                    + ", which is not under {examples-dir}, so it is not compiled or tested.",
                    "put the code in examples/src and include it as include::{examples-dir}/PATH[tag=NAME]."));
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            problems.add(new BuildProblem(page, include.line(), "The example file " + file + " is missing.",
                    "correct the path after {examples-dir}, or add the example file."));
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to read the example " + file, e);
        }
        List<String> missing = TaggedRegion.missingTags(lines, include.tags());
        if (!missing.isEmpty()) {
            problems.add(new BuildProblem(page, include.line(), "The example " + file + " has no tag "
                    + String.join(", ", missing) + ".",
                    "add // tag::" + missing.get(0) + "[] and // end::" + missing.get(0) + "[] around the code in the"
                            + " example, or correct the tag in the include."));
            return Optional.empty();
        }
        return TaggedRegion.cut(lines, include.tags());
    }

    private static Path examplesFolder(BakedSite site) {
        String folder = site.attribute("examples-dir");
        return folder == null ? null : Path.of(folder).toAbsolutePath().normalize();
    }

    private static String describe(BakedSite site, Include include) {
        Path file = Path.of(site.resolveAttributes(include.target())).toAbsolutePath().normalize();
        String shown = file.startsWith(site.root()) ? site.root().relativize(file).toString() : file.toString();
        return shown + (include.tags().isEmpty() ? " (whole file)" : " [tag=" + String.join(";", include.tags()) + "]");
    }

    /** Describes the first line whose text differs, or else the first line whose indentation differs. */
    private static String firstDifference(List<String> actual, List<String> expected) {
        int lines = Math.max(actual.size(), expected.size());
        for (int i = 0; i < lines; i++) {
            String page = i < actual.size() ? actual.get(i) : "(nothing)";
            String example = i < expected.size() ? expected.get(i) : "(nothing)";
            if (!page.strip().equals(example.strip())) {
                return "listing line " + (i + 1) + " shows '" + page.strip() + "' where the example has '"
                        + example.strip() + "'";
            }
        }
        for (int i = 0; i < lines; i++) {
            if (!actual.get(i).equals(expected.get(i))) {
                return "listing line " + (i + 1) + " is indented differently from the example";
            }
        }
        return "the texts differ";
    }
}
