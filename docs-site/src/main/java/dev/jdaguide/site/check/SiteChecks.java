package dev.jdaguide.site.check;

import dev.jdaguide.site.build.BuildOptions;
import dev.jdaguide.site.build.BuildProblem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every post-bake check on the baked site, writes the report and returns all problems together.
 *
 * <p>Two checks are too slow or need the test class path, so they run in the test phase instead:
 * compiling each complete listing ({@code ListingCompilationTests}) and the Nu HTML checker
 * ({@code HtmlValidityTests}). Both fail {@code ./mvnw verify}, and the report names them.
 */
public final class SiteChecks {

    private static final Logger LOG = LoggerFactory.getLogger(SiteChecks.class);

    private SiteChecks() {
    }

    /** Returns the checks in the order they run. */
    static List<SiteCheck> all() {
        return List.of(
                new ListingProvenanceCheck(),
                new LinkCheck(),
                new ImageCheck(),
                new ExternalResourceCheck(),
                new SecretScan(),
                new FactsCheck());
    }

    /** Checks the site baked with {@code options}, writes the report next to the site and returns every problem. */
    public static List<BuildProblem> run(BuildOptions options) {
        long start = System.nanoTime();
        CheckReport report = new CheckReport();
        List<BuildProblem> problems = check(BakedSite.read(options), report);
        long milliseconds = (System.nanoTime() - start) / 1_000_000;
        report.add("Run in the test phase", "compiling each complete listing (package, import or top-level type"
                + " declaration first) as a reader copies it: ListingCompilationTests");
        report.add("Run in the test phase", "W3C Nu HTML checker on every page: HtmlValidityTests");
        Path file = reportFile(options);
        report.write(file);
        for (String line : report.summary()) {
            LOG.info(line);
        }
        LOG.info("Site checks took {} ms; report: {}", milliseconds, options.root().relativize(file));
        return problems;
    }

    /** Runs every check on {@code site}, filling {@code report}, and returns the problems of all checks. */
    public static List<BuildProblem> check(BakedSite site, CheckReport report) {
        report.count("pages", site.pages().size());
        for (BakedPage page : site.pages()) {
            report.add("Pages", page.path() + (page.source() == null ? ""
                    : " <- " + site.root().relativize(page.source().file())));
        }
        List<BuildProblem> problems = new ArrayList<>();
        for (SiteCheck check : all()) {
            List<BuildProblem> found = check.run(site, report);
            report.result(check.name(), found.size());
            problems.addAll(found);
        }
        return problems;
    }

    public static Path reportFile(BuildOptions options) {
        return options.output().getParent().resolve(CheckReport.FILE_NAME);
    }
}
