package org.citybridge.platform.assets;

import java.util.List;
import java.util.stream.Stream;

/**
 * Where the application's scripts, styles and fonts are served: {@code /css/app.css} of this release is at {@code
 * /assets/6d1f0c2a9b3e/css/app.css} (the release's digest, {@link AssetRelease}), which never changes its content and
 * so is kept by browsers for a year without asking again. The pages link to that address; the plain one still answers
 * (asked each time whether it changed), and what a script loads relative to its own address (TinyMCE's plugins, the
 * editor's language) is of the same release.
 */
public class Assets {

    /** Where every release's assets are. */
    public static final String PREFIX = "/assets/";

    private static final List<String> ROOTS = List.of("/css/", "/js/", "/webjars/", "/vendor/");

    /** Every address an asset answers at, plain or of a release, as path patterns for a filter to let through. */
    public static final List<String> PATH_PATTERNS = Stream.concat(ROOTS.stream(), Stream.of(PREFIX))
            .map(root -> root + "**").toList();

    private final String release;

    Assets() {
        this(AssetRelease.of());
    }

    Assets(String release) {
        this.release = release;
    }

    /** This release's digest, the address segment after {@link #PREFIX}. */
    public String release() {
        return release;
    }

    /** This release's address of an asset ({@code /css/app.css}); any other address as it is. */
    public String of(String path) {
        for (String root : ROOTS) {
            if (path.startsWith(root)) {
                return PREFIX + release + path;
            }
        }
        return path;
    }
}
