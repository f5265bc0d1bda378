package dev.jdaguide.standin;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Standard output or error of an example, captured for assertions; create one per stream. */
public final class ConsoleCapture {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream stream = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    public PrintStream stream() {
        return stream;
    }

    public String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** Returns the captured text split into lines, without line terminators. */
    public List<String> lines() {
        return text().lines().toList();
    }
}
