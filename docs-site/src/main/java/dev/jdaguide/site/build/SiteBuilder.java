package dev.jdaguide.site.build;

import com.orientechnologies.orient.core.Orient;
import dev.jdaguide.site.check.SiteChecks;
import dev.jdaguide.site.generate.PermissionReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import dev.jdaguide.site.generate.GeneratedAssets;
import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Bakes the site with JBake and fails when any page has a problem, naming its file and line.
 *
 * <p>Run by the build as {@code SiteBuilder --root=DIR --source=DIR --output=DIR --images=DIR
 * [--site-host=URL] --attribute=key=value...}.
 */
public final class SiteBuilder {

    /**
     * The one AsciiDoc engine of this JVM. JBake's engine creates its Asciidoctor (and so starts JRuby, about 2 s) on
     * first use and keeps it, so sharing the engine makes every build after the first in a JVM, such as the preview's
     * rebuilds, skip that start.
     */
    private static final PageTrackingAsciidoctorEngine ASCIIDOC_ENGINE = new PageTrackingAsciidoctorEngine();

    static {
        // JBake keeps pages in an in-memory OrientDB that it creates and opens with OrientDB's default users. OrientDB
        // hashes their passwords with 65,536 PBKDF2 rounds by default (OrientDB 3.1), which took about 0.4 s of every
        // bake on a 2-core machine and protects nothing in a database that lives only as long as one bake. The property
        // is read once, when OrientDB's configuration class loads, so it must be set before the first bake.
        System.getProperties().putIfAbsent("security.userPasswordSaltIterations", "1");
    }

    private final BuildOptions options;

    public SiteBuilder(BuildOptions options) {
        this.options = options;
    }

    public static void main(String[] args) {
        BuildOptions options = BuildOptions.parse(args);
        List<BuildProblem> problems = new SiteBuilder(options).build();
        if (!problems.isEmpty()) {
            for (BuildProblem problem : problems) {
                System.err.println("[ERROR] " + problem.format(options.root()));
            }
            throw new SiteBuildException(problems.size() + " problem(s) in the site; each is listed above with its"
                    + " file and line.");
        }
    }

    /**
     * Bakes the site into the output folder, runs the post-bake checks and returns every problem found, in the order
     * they were found.
     */
    public List<BuildProblem> build() {
        synchronized (SiteBuilder.class) {
            List<BuildProblem> problems = new ArrayList<>(bake());
            problems.addAll(check());
            return problems;
        }
    }

    /**
     * Bakes the site into the output folder and returns the problems found while baking, without the post-bake
     * checks. One bake runs at a time in a JVM, because the AsciiDoc engine, JBake's engine registry and the problem
     * collector are shared by the JVM, and two bakes at once would mix their pages and problems.
     */
    public List<BuildProblem> bake() {
        synchronized (SiteBuilder.class) {
            return bakeAlone();
        }
    }

    /** Runs the post-bake checks on the output folder and returns their problems. */
    public List<BuildProblem> check() {
        return SiteChecks.run(options);
    }

    private List<BuildProblem> bakeAlone() {
        routeJavaUtilLogging();
        BuildProblems.clear();
        deleteTree(options.output());
        registerPageTrackingEngine();
        PermissionReference.write(options.attributes().get("generated-dir"));

        Oven oven = new Oven(configuration());
        oven.bake();
        // OrientDB 3.1, JBake's page store, handles SIGINT and SIGTERM by ending the JVM with status 1. Without its
        // handlers, Ctrl-C runs the shutdown hooks and ends the preview with the usual status 130.
        Orient.instance().removeSignalHandler();
        linkSitemapFromRobots();
        for (Throwable error : oven.getErrors()) {
            BuildProblems.add(new BuildProblem(null, 0, "JBake failed: " + error.getMessage(),
                    "see the page or template named in the message."));
        }
        copyImages();
        GeneratedAssets.writeTo(options.output());

        List<BuildProblem> problems = new ArrayList<>(BuildProblems.all());
        BuildProblems.clear();
        return problems;
    }

    private static void routeJavaUtilLogging() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    private static void registerPageTrackingEngine() {
        for (String extension : List.of("ad", "adoc", "asciidoc")) {
            Engines.register(extension, ASCIIDOC_ENGINE);
        }
    }

    private DefaultJBakeConfiguration configuration() {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(options.source().toFile(), options.output().toFile(), true);
        List<String> attributes = new ArrayList<>(config.getAsciidoctorAttributes());
        for (Map.Entry<String, String> link : ExternalLinks.load(options.source()).entrySet()) {
            attributes.add(link.getKey() + "=" + link.getValue());
        }
        for (Map.Entry<String, String> attribute : options.attributes().entrySet()) {
            attributes.add(attribute.getKey() + "=" + attribute.getValue());
        }
        config.setProperty("asciidoctor.attributes", attributes);
        config.setProperty(GuideList.CONFIG_KEY,
                GuideList.toConfigValues(GuideList.read(options.source().resolve("content"))));
        if (!options.siteHost().isEmpty()) {
            config.setProperty("site.host", options.siteHost());
        }
        return config;
    }

    private void copyImages() {
        Path target = options.output().resolve("images");
        if (!Files.isDirectory(options.images())) {
            BuildProblems.add(new BuildProblem(options.images(), 0, "The images folder is missing.",
                    "create it, or pass the right folder with --images."));
            return;
        }
        try (Stream<Path> files = Files.walk(options.images())) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                Path copy = target.resolve(options.images().relativize(file).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to copy images from " + options.images() + " to " + target, e);
        }
    }

    /**
     * Adds the sitemap's address to {@code robots.txt}, which crawlers accept only as an absolute URL, so only when the
     * site's public URL is known.
     */
    private void linkSitemapFromRobots() {
        Path robots = options.output().resolve("robots.txt");
        if (options.siteHost().isEmpty() || !Files.isRegularFile(robots)) {
            return;
        }
        try {
            Files.writeString(robots, "Sitemap: " + options.siteHost() + "/sitemap.xml\n", StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to add the sitemap's URL to " + robots, e);
        }
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to empty the output folder " + folder, e);
        }
    }

    /** Thrown when the site has problems, so the Maven build stops; the problems themselves are printed first. */
    public static final class SiteBuildException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SiteBuildException(String message) {
            super(message);
        }
    }
}
