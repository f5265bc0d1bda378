package dev.jdaguide.site.check;

import dev.jdaguide.site.build.BuildProblem;
import java.util.List;

/** One check of the baked site, run after the bake; it reports every problem it finds, not only the first. */
interface SiteCheck {

    /** A short name for the report, such as "links and anchors". */
    String name();

    /** Checks the site, adds what it counted to {@code report}, and returns the problems found. */
    List<BuildProblem> run(BakedSite site, CheckReport report);
}
