package dev.jdaguide.site.preview;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

// The watcher in each try-with-resources block reports through its callback, and the block only closes it.
@SuppressWarnings("try")
class SourceWatcherTests {

    @TempDir
    Path folder;

    @Test
    void reportsEditedFile() throws Exception {
        Path page = Files.writeString(folder.resolve("page.adoc"), "= Page\n");
        LinkedBlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();

        try (SourceWatcher watcher = new SourceWatcher(List.of(folder), Duration.ofMillis(50), bursts::add)) {
            Files.writeString(page, "= Page\n\nMore.\n");

            Set<Path> changed = bursts.poll(10, TimeUnit.SECONDS);
            assertNotNull(changed, "no change was reported within 10 s");
            assertTrue(changed.contains(page), changed::toString);
        }
    }

    @Test
    void reportsFileInNewSubfolder() throws Exception {
        LinkedBlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();

        try (SourceWatcher watcher = new SourceWatcher(List.of(folder), Duration.ofMillis(50), bursts::add)) {
            Path subfolder = Files.createDirectories(folder.resolve("dev/jdaguide"));
            assertNotNull(bursts.poll(10, TimeUnit.SECONDS), "creating the folder was not reported within 10 s");
            Path example = Files.writeString(subfolder.resolve("Example.java"), "class Example {}\n");

            Set<Path> changed = waitFor(bursts, example);
            assertTrue(changed.contains(example), changed::toString);
        }
    }

    @Test
    void reportsBurstOnce() throws Exception {
        Path page = Files.writeString(folder.resolve("page.adoc"), "= Page\n");
        LinkedBlockingQueue<Set<Path>> bursts = new LinkedBlockingQueue<>();

        try (SourceWatcher watcher = new SourceWatcher(List.of(folder), Duration.ofMillis(300), bursts::add)) {
            for (int i = 0; i < 5; i++) {
                Files.writeString(page, "= Page\n\nEdit " + i + ".\n");
            }

            assertNotNull(bursts.poll(10, TimeUnit.SECONDS), "no change was reported within 10 s");
            assertTrue(bursts.poll(1, TimeUnit.SECONDS) == null, "one burst of writes was reported more than once");
        }
    }

    @Test
    void skipsEditorScratchFiles() {
        assertTrue(SourceWatcher.isEditorScratchFile(Path.of("content/.page.adoc.swp")));
        assertTrue(SourceWatcher.isEditorScratchFile(Path.of("content/page.adoc~")));
        assertTrue(SourceWatcher.isEditorScratchFile(Path.of("content/4913")));
        assertFalse(SourceWatcher.isEditorScratchFile(Path.of("content/page.adoc")));
    }

    private static Set<Path> waitFor(LinkedBlockingQueue<Set<Path>> bursts, Path file) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            Set<Path> changed = bursts.poll(100, TimeUnit.MILLISECONDS);
            if (changed != null && changed.contains(file)) {
                return changed;
            }
        }
        return Set.of();
    }
}
