package dev.jdaguide.site.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one build so that all of them are reported together, not only the first.
 *
 * <p>Asciidoctor reports a page rendered from a string as {@code <stdin>}, which is how JBake renders every page.
 * The page being rendered is therefore tracked here, set by {@link PageTrackingAsciidoctorEngine}, and used in place
 * of {@code <stdin>}.
 */
public final class BuildProblems {

    private static final List<BuildProblem> PROBLEMS = new ArrayList<>();
    private static final ThreadLocal<Path> CURRENT_PAGE = new ThreadLocal<>();

    private BuildProblems() {
    }

    public static synchronized void add(BuildProblem problem) {
        PROBLEMS.add(problem);
    }

    public static synchronized List<BuildProblem> all() {
        return List.copyOf(PROBLEMS);
    }

    public static synchronized void clear() {
        PROBLEMS.clear();
    }

    static void enterPage(Path page) {
        CURRENT_PAGE.set(page);
    }

    static void leavePage() {
        CURRENT_PAGE.remove();
    }

    /** Returns the page whose AsciiDoc is being converted on this thread, or {@code null} between pages. */
    static Path currentPage() {
        return CURRENT_PAGE.get();
    }
}
