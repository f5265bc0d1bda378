package dev.jdaguide.site.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jdaguide.site.build.BuildProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExampleCompilerTests {

    @TempDir
    Path folder;

    private ExampleCompiler compiler() {
        return new ExampleCompiler(folder.resolve("src"), folder.resolve("classes"),
                ExampleCompiler.classPathOf(getClass().getClassLoader()), "17");
    }

    private Path write(String relative, String code) throws Exception {
        Path file = folder.resolve("src").resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, code);
    }

    @Test
    void writesClassFileForValidSource() throws Exception {
        Path source = write("dev/jdaguide/demo/Greeting.java",
                "package dev.jdaguide.demo;\n\npublic final class Greeting {\n    String text() { return \"hi\"; }\n}\n");

        List<BuildProblem> problems = compiler().compile(List.of(source));

        assertEquals(List.of(), problems);
        assertTrue(Files.isRegularFile(folder.resolve("classes/dev/jdaguide/demo/Greeting.class")));
    }

    @Test
    void findsOtherExamplesOnSourcePath() throws Exception {
        write("dev/jdaguide/demo/Names.java", "package dev.jdaguide.demo;\n\nfinal class Names {\n"
                + "    static final String BOT = \"bot\";\n}\n");
        Path source = write("dev/jdaguide/demo/Uses.java", "package dev.jdaguide.demo;\n\nfinal class Uses {\n"
                + "    String name() { return Names.BOT; }\n}\n");

        assertEquals(List.of(), compiler().compile(List.of(source)));
    }

    @Test
    void compilesAgainstLibrariesOnClassPath() throws Exception {
        Path source = write("dev/jdaguide/demo/UsesJsoup.java", "package dev.jdaguide.demo;\n\n"
                + "final class UsesJsoup {\n    Object parse() { return org.jsoup.Jsoup.parse(\"<p>x</p>\"); }\n}\n");

        assertEquals(List.of(), compiler().compile(List.of(source)));
    }

    @Test
    void reportsCompileErrorWithFileAndLine() throws Exception {
        Path source = write("dev/jdaguide/demo/Broken.java",
                "package dev.jdaguide.demo;\n\nfinal class Broken {\n    Strin name;\n}\n");

        List<BuildProblem> problems = compiler().compile(List.of(source));

        assertEquals(1, problems.size(), problems::toString);
        assertEquals(source, problems.get(0).file());
        assertEquals(4, problems.get(0).line());
        assertTrue(problems.get(0).message().startsWith("Compile error: cannot find symbol"),
                problems.get(0).message());
    }

    @Test
    void recoversAfterErrorIsFixed() throws Exception {
        Path source = write("dev/jdaguide/demo/Fixed.java",
                "package dev.jdaguide.demo;\n\nfinal class Fixed {\n    Strin name;\n}\n");
        ExampleCompiler compiler = compiler();
        compiler.compile(List.of(source));

        Files.writeString(source, "package dev.jdaguide.demo;\n\nfinal class Fixed {\n    String name;\n}\n");

        assertEquals(List.of(), compiler.compile(List.of(source)));
    }
}
