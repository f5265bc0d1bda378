package dev.jdaguide.site.preview;

import dev.jdaguide.site.build.BuildOptions;
import dev.jdaguide.site.build.BuildProblem;
import dev.jdaguide.site.build.SiteBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the preview site, one build at a time, after sources change: recompiles changed example files, then bakes
 * the whole site again with the JVM's already started Asciidoctor.
 *
 * <p>Builds alternate between two output folders and the server switches to a folder only once its bake has
 * finished, so a page is never read from a half-written folder. The site checks run after the new folder is served,
 * because they read every baked page and take about as long as the bake. Problems they find are published as one
 * more {@link Build} of the same folder.
 */
final class SiteRebuilder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SiteRebuilder.class);

    /**
     * What the server shows: a baked folder and the problems known so far.
     *
     * @param id increases by one each time a new folder or new problems are published, starting at 1
     * @param folder the folder the site was baked into
     * @param problems every compile error and bake problem, empty when the build was clean
     * @param millis how long the build took
     */
    record Build(long id, Path folder, List<BuildProblem> problems, long millis) {
    }

    private final PreviewOptions options;
    private final ExampleCompiler compiler;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "preview-rebuild");
        thread.setDaemon(true);
        return thread;
    });
    private final Set<Path> pending = new LinkedHashSet<>();
    private boolean scheduled;
    private long bakes;
    private volatile Build latest;

    SiteRebuilder(PreviewOptions options, ExampleCompiler compiler) {
        this.options = options;
        this.compiler = compiler;
    }

    /** Returns the last published build, or {@code null} before the first one. */
    Build latest() {
        return latest;
    }

    /** Builds on the calling thread, as the first build must finish before the server starts. */
    Build buildNow(Set<Path> changed) {
        long started = System.nanoTime();
        List<Path> javaFiles = changed.stream()
                .filter(path -> path.startsWith(options.exampleSources()) && path.toString().endsWith(".java"))
                .filter(path -> path.toFile().isFile())
                .collect(Collectors.toList());
        // Test sources are not compiled because JUnit is not on the site's class path, but their listings are still
        // re-rendered. NOTE: a deleted example file leaves its class file behind until the next Maven build, and code
        // that reads example classes during the bake keeps the versions this JVM loaded first.
        List<BuildProblem> problems = new ArrayList<>(compileQuietly(javaFiles));

        bakes++;
        Path folder = options.build().output().resolve(bakes % 2 == 0 ? "b" : "a");
        BuildOptions buildOptions = new BuildOptions(options.build().root(), options.build().source(), folder,
                options.build().images(), options.build().attributes(), options.build().siteHost());
        SiteBuilder builder = new SiteBuilder(buildOptions);
        boolean baked = false;
        try {
            problems.addAll(builder.bake());
            baked = true;
        } catch (RuntimeException e) {
            LOG.error("Bake {} failed", bakes, e);
            problems.add(new BuildProblem(null, 0, "The bake failed: " + e + ".",
                    "see the stack trace in the terminal; fix the page, template or file it names."));
        }
        Build build = publish(folder, problems, started);

        if (baked) {
            List<BuildProblem> checkProblems = checkQuietly(builder);
            if (!checkProblems.isEmpty()) {
                problems.addAll(checkProblems);
                build = publish(folder, problems, started);
            }
        }
        report(build, changed);
        return build;
    }

    private Build publish(Path folder, List<BuildProblem> problems, long started) {
        long id = latest == null ? 1 : latest.id() + 1;
        Build build = new Build(id, folder, List.copyOf(problems), (System.nanoTime() - started) / 1_000_000);
        latest = build;
        return build;
    }

    private List<BuildProblem> checkQuietly(SiteBuilder builder) {
        try {
            return builder.check();
        } catch (RuntimeException e) {
            LOG.error("The site checks failed", e);
            return List.of(new BuildProblem(null, 0, "The site checks failed: " + e + ".",
                    "see the stack trace in the terminal."));
        }
    }

    private List<BuildProblem> compileQuietly(List<Path> javaFiles) {
        try {
            return compiler.compile(javaFiles);
        } catch (RuntimeException e) {
            LOG.error("Compiling {} failed", javaFiles, e);
            return List.of(new BuildProblem(null, 0, "Compiling the changed examples failed: " + e + ".",
                    "see the stack trace in the terminal."));
        }
    }

    /** Queues a build for {@code changed}; changes that arrive while a build runs are built together after it. */
    synchronized void request(Set<Path> changed) {
        pending.addAll(changed);
        if (!scheduled) {
            scheduled = true;
            executor.execute(this::runPending);
        }
    }

    private void runPending() {
        Set<Path> changed;
        synchronized (this) {
            changed = new LinkedHashSet<>(pending);
            pending.clear();
            scheduled = false;
        }
        buildNow(changed);
    }

    private void report(Build build, Set<Path> changed) {
        Path root = options.build().root();
        String cause = changed.isEmpty() ? "start" : changed.stream()
                .map(path -> path.startsWith(root) ? root.relativize(path).toString() : path.toString())
                .collect(Collectors.joining(", "));
        if (build.problems().isEmpty()) {
            LOG.info("Build {} ({}) finished in {} ms without problems.", build.id(), cause, build.millis());
            return;
        }
        LOG.warn("Build {} ({}) finished in {} ms with {} problem(s):", build.id(), cause, build.millis(),
                build.problems().size());
        for (BuildProblem problem : build.problems()) {
            LOG.warn("  {}", problem.format(root));
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
