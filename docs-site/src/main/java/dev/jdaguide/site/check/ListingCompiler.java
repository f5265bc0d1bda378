package dev.jdaguide.site.check;

import dev.jdaguide.site.build.BuildProblem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Compiles each Java listing that shows a complete compilation unit, as a reader copies it from the baked page, so
 * that what a reader pastes into their project compiles.
 *
 * <p>A listing is a complete compilation unit when its first line of code (after blank lines and comments) is a
 * {@code package} or {@code import} declaration, or a top-level type declaration ({@code class}, {@code interface},
 * {@code enum}, {@code record} or {@code @interface}, with modifiers and annotations) that starts in the first
 * column of the listing as a reader copies it and is not {@code static}. Any other listing is part of a class: the provenance check ties it to the example file it was
 * cut from, which the examples module compiles.
 */
public final class ListingCompiler {

    private static final Pattern TYPE_DECLARATION = Pattern.compile("^(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*"
            + "(?:(?:public|protected|private|abstract|final|sealed|non-sealed|static|strictfp)\\s+)*"
            + "(?:class|interface|enum|record|@interface)\\s+(\\w+)");
    private static final Pattern STATIC_MODIFIER = Pattern.compile("^(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*"
            + "(?:\\w+\\s+)*static\\s+(?:\\w+\\s+)*(?:class|interface|enum|record|@interface)\\s");
    private static final Pattern PUBLIC_TYPE = Pattern.compile("(?m)^(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*public\\s+"
            + "(?:(?:abstract|final|sealed|non-sealed|static|strictfp)\\s+)*(?:class|interface|enum|record|@interface)"
            + "\\s+(\\w+)");

    private final String classPath;
    private final String release;

    /**
     * @param classPath the class path the listings compile against: the examples and their dependencies
     * @param release the Java release to compile for, such as {@code 17}
     */
    public ListingCompiler(String classPath, String release) {
        this.classPath = classPath;
        this.release = release;
    }

    /** Returns whether a listing's text is a complete compilation unit, as defined in the class comment. */
    public static boolean isCompilationUnit(String text) {
        boolean inComment = false;
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (inComment) {
                inComment = !trimmed.contains("*/");
                continue;
            }
            boolean annotationLine = trimmed.startsWith("@") && !trimmed.startsWith("@interface")
                    && !TYPE_DECLARATION.matcher(line).find();
            if (trimmed.isEmpty() || trimmed.startsWith("//") || annotationLine) {
                continue;
            }
            if (trimmed.startsWith("/*")) {
                inComment = !trimmed.contains("*/");
                continue;
            }
            if (trimmed.startsWith("package ") || trimmed.startsWith("import ")) {
                return true;
            }
            // A static type is a member of another class, shown with its indentation removed.
            return TYPE_DECLARATION.matcher(line).find() && !STATIC_MODIFIER.matcher(line).find();
        }
        return false;
    }

    /** Compiles one listing and returns a problem for each compiler error, at the listing's line in the page source. */
    public List<BuildProblem> compile(PageListing listing, Path outputFolder) {
        String text = listing.copiedText();
        String fileName = typeName(text) + ".java";

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("The Java compiler is missing: run the build on a JDK, not a JRE.");
        }
        try {
            Files.createDirectories(outputFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to create " + outputFolder, e);
        }

        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of("-classpath", classPath, "--release", release, "-proc:none",
                "-d", outputFolder.toString());
        boolean compiled = compiler.getTask(null, null, diagnostics, options, null, List.of(new Source(fileName,
                text))).call();

        List<BuildProblem> problems = new ArrayList<>();
        SourceLine where = listing.location();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                problems.add(new BuildProblem(where.file(), where.line(), "The Java listing, as a reader copies it from "
                        + listing.page().path() + ", does not compile: listing line " + diagnostic.getLineNumber()
                        + ": " + diagnostic.getMessage(Locale.ROOT) + sourcesOf(listing) + ".",
                        "fix the example it is included from so the examples module compiles it, and show the whole"
                                + " file, or cut the listing from inside the class."));
            }
        }
        if (!compiled && problems.isEmpty()) {
            problems.add(new BuildProblem(where.file(), where.line(), "The Java listing on " + listing.page().path()
                    + " does not compile.", "compile the example it is included from and correct it."));
        }
        return problems;
    }

    private static String sourcesOf(PageListing listing) {
        if (listing.source() == null || listing.source().includes().isEmpty()) {
            return "";
        }
        List<String> sources = new ArrayList<>();
        for (AsciidocPage.Include include : listing.source().includes()) {
            sources.add(include.target() + (include.tags().isEmpty() ? "" : " [tag=" + String.join(";",
                    include.tags()) + "]"));
        }
        return " (from " + String.join(" + ", sources) + ")";
    }

    /** Returns the name of the public top-level type, which javac requires as the file name, or "Listing". */
    static String typeName(String text) {
        Matcher publicType = PUBLIC_TYPE.matcher(text);
        if (publicType.find()) {
            return publicType.group(1);
        }
        return "Listing";
    }

    /** A listing held in memory as a compilation unit. */
    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String fileName, String text) {
            super(URI.create("string:///" + fileName), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
