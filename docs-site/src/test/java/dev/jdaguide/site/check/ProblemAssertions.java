package dev.jdaguide.site.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdaguide.site.build.BuildProblem;
import java.util.List;
import java.util.stream.Collectors;

/** Assertions on reported problems that print every problem when one is missing. */
final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /** Asserts that a problem names the file ending in {@code fileSuffix}, the line, and contains {@code text}. */
    static void assertReported(List<BuildProblem> problems, String fileSuffix, int line, String text) {
        boolean found = problems.stream().anyMatch(problem -> matches(problem, fileSuffix, line, text));
        assertTrue(found, () -> "Expected a problem at " + fileSuffix + ":" + line + " containing '" + text
                + "', but the problems were:\n" + describe(problems));
    }

    /** Asserts that no problem names the file ending in {@code fileSuffix} at {@code line}. */
    static void assertNotReported(List<BuildProblem> problems, String fileSuffix, int line) {
        boolean found = problems.stream().anyMatch(problem -> matches(problem, fileSuffix, line, ""));
        assertTrue(!found, () -> "Expected no problem at " + fileSuffix + ":" + line + ", but the problems were:\n"
                + describe(problems));
    }

    static String describe(List<BuildProblem> problems) {
        return problems.stream()
                .map(problem -> problem.file() + ":" + problem.line() + ": " + problem.message() + " Fix: "
                        + problem.fix())
                .collect(Collectors.joining("\n"));
    }

    private static boolean matches(BuildProblem problem, String fileSuffix, int line, String text) {
        return problem.file() != null
                && problem.file().toString().replace('\\', '/').endsWith(fileSuffix)
                && problem.line() == line
                && (problem.message() + " " + problem.fix()).contains(text);
    }
}
