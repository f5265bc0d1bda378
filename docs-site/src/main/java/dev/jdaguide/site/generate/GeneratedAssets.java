package dev.jdaguide.site.generate;

import java.nio.file.Path;

/** Writes the files that the site's scripts read and that the build derives from code or from the baked pages. */
public final class GeneratedAssets {

    private GeneratedAssets() {
    }

    /** Writes every generated file into the baked site; call after the bake, since the search index reads its pages. */
    public static void writeTo(Path siteRoot) {
        SearchIndex.write(siteRoot);
        PermissionData.write(siteRoot);
        AssetMinifier.minify(siteRoot);
    }
}
