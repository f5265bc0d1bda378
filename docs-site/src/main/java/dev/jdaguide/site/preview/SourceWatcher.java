package dev.jdaguide.site.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches folders and their subfolders, and reports each burst of changes once, after the files have been quiet for a
 * moment, because editors often write one save as several events (truncate, write, rename).
 */
final class SourceWatcher implements Closeable {

    private static final Logger LOG = LoggerFactory.getLogger(SourceWatcher.class);

    private final WatchService watchService;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Duration quietPeriod;
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    /**
     * Starts watching {@code roots}; a root that does not exist is skipped with a warning.
     *
     * @param onChange called on the watcher's thread with the files changed, created or deleted in one burst
     */
    SourceWatcher(List<Path> roots, Duration quietPeriod, Consumer<Set<Path>> onChange) throws IOException {
        this.watchService = roots.isEmpty() ? null : roots.get(0).getFileSystem().newWatchService();
        this.quietPeriod = quietPeriod;
        this.onChange = onChange;
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root);
            } else {
                LOG.warn("Not watching {}: the folder does not exist.", root);
            }
        }
        this.thread = new Thread(this::run, "preview-watcher");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path folder : (Iterable<Path>) paths.filter(Files::isDirectory)::iterator) {
                folders.put(folder.register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), folder);
            }
        }
    }

    private void run() {
        if (watchService == null) {
            return;
        }
        try {
            while (true) {
                Set<Path> changed = new LinkedHashSet<>();
                collect(watchService.take(), changed);
                // Keep collecting until no event arrives for the quiet period.
                WatchKey next;
                while ((next = watchService.poll(quietPeriod.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    collect(next, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // close() was called.
        } catch (RuntimeException e) {
            LOG.error("The file watcher stopped; restart the preview to pick up further edits.", e);
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                // Events were lost; report the folder so a rebuild still happens.
                changed.add(folder);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            if (isEditorScratchFile(path)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException e) {
                    LOG.warn("Not watching the new folder {}: {}", path, e.toString());
                }
            }
            changed.add(path);
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** Tells apart the swap, backup and lock files that editors write next to a file while it is edited. */
    static boolean isEditorScratchFile(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.endsWith("~") || name.endsWith(".swp") || name.endsWith(".swx")
                || name.equals("4913");
    }

    @Override
    public void close() throws IOException {
        if (watchService != null) {
            watchService.close();
        }
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
