package dev.jdaguide.site.preview;

import dev.jdaguide.site.build.BuildProblem;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles changed example files in-process with the JDK's compiler, so a listing that no longer compiles is reported
 * within the preview's rebuild instead of at the next Maven build.
 *
 * <p>The compiler and its file manager are kept between compilations, because opening the class path's jars again
 * would cost more than compiling a few files.
 */
final class ExampleCompiler {

    private final Path sourceFolder;
    private final Path classesFolder;
    private final List<Path> classPath;
    private final String release;
    private final JavaCompiler compiler;
    private StandardJavaFileManager fileManager;

    /**
     * @param sourceFolder the root of the examples' package folders, used to find the other classes a file refers to
     * @param classesFolder where class files are written, normally the examples' {@code target/classes}
     * @param classPath the libraries the examples compile against
     * @param release the Java release to compile for, such as {@code 17}
     */
    ExampleCompiler(Path sourceFolder, Path classesFolder, List<Path> classPath, String release) {
        this.sourceFolder = sourceFolder;
        this.classesFolder = classesFolder;
        this.classPath = List.copyOf(classPath);
        this.release = release;
        this.compiler = ToolProvider.getSystemJavaCompiler();
    }

    /** Compiles {@code sources} and returns one problem per compile error. Warnings are not reported. */
    List<BuildProblem> compile(Collection<Path> sources) {
        if (sources.isEmpty()) {
            return List.of();
        }
        if (compiler == null) {
            return List.of(new BuildProblem(null, 0, "No Java compiler is available to recompile the examples.",
                    "run the preview with a JDK, not a JRE."));
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try {
            Files.createDirectories(classesFolder);
            StandardJavaFileManager files = fileManager();
            List<String> options = List.of("--release", release, "-proc:none", "-encoding", "UTF-8");
            boolean compiled = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            List<BuildProblem> problems = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                    problems.add(problemOf(diagnostic));
                }
            }
            if (!compiled && problems.isEmpty()) {
                problems.add(new BuildProblem(null, 0, "Compiling " + sources + " failed without an error message.",
                        "run ./mvnw -q -pl examples compile to see the compiler's output."));
            }
            return problems;
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to prepare the examples' class folder " + classesFolder, e);
        }
    }

    private StandardJavaFileManager fileManager() throws IOException {
        if (fileManager == null) {
            fileManager = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
            fileManager.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
            fileManager.setLocationFromPaths(StandardLocation.SOURCE_PATH, List.of(sourceFolder));
            fileManager.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classesFolder));
        }
        return fileManager;
    }

    private static BuildProblem problemOf(Diagnostic<? extends JavaFileObject> diagnostic) {
        Path file = diagnostic.getSource() == null ? null : Path.of(diagnostic.getSource().toUri());
        int line = diagnostic.getLineNumber() == Diagnostic.NOPOS ? 0 : (int) diagnostic.getLineNumber();
        return new BuildProblem(file, line, "Compile error: " + diagnostic.getMessage(Locale.ROOT) + ".",
                "correct the Java code; the page shows the listing as the file is now, even though it does not compile.");
    }

    /**
     * Returns the class path of {@code loader} and its parents, then the JVM's {@code java.class.path}. Under Maven's
     * exec:java the project's dependencies are only in the class loader, and under a plain {@code java -cp} they are
     * only in the property.
     */
    static List<Path> classPathOf(ClassLoader loader) {
        Set<Path> entries = new LinkedHashSet<>();
        for (ClassLoader current = loader; current != null; current = current.getParent()) {
            if (current instanceof URLClassLoader urlLoader) {
                for (URL url : urlLoader.getURLs()) {
                    addIfExists(entries, url);
                }
            }
        }
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank() && Files.exists(Path.of(entry))) {
                entries.add(Path.of(entry).toAbsolutePath().normalize());
            }
        }
        return List.copyOf(entries);
    }

    private static void addIfExists(Set<Path> entries, URL url) {
        if (!"file".equals(url.getProtocol())) {
            return;
        }
        try {
            Path path = Path.of(url.toURI());
            if (Files.exists(path)) {
                entries.add(path.toAbsolutePath().normalize());
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // Not a local file, so the compiler could not read it either.
        }
    }
}
