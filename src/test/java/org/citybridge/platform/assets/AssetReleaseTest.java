package org.citybridge.platform.assets;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

class AssetReleaseTest {

    @TempDir
    Path one;
    @TempDir
    Path other;

    @Test
    void theSameAssetsWhereverTheyLieAreOneRelease() throws Exception {
        write(one, "static/css/app.css", "body { color: #222; }");
        write(one, "META-INF/maven/org.webjars.npm/tinymce/pom.properties", "version=6.8.3");
        write(other, "static/css/app.css", "body { color: #222; }");
        write(other, "META-INF/maven/org.webjars.npm/tinymce/pom.properties", "version=6.8.3");

        assertThat(releaseOf(one)).matches("[0-9a-f]{12}").isEqualTo(releaseOf(other));
    }

    @Test
    void aChangedStyleANewFileOrAnotherWebjarVersionIsAnotherRelease() throws Exception {
        write(one, "static/css/app.css", "body { color: #222; }");
        write(one, "META-INF/maven/org.webjars.npm/tinymce/pom.properties", "version=6.8.3");
        String first = releaseOf(one);

        write(one, "static/css/app.css", "body { color: #111; }");
        String restyled = releaseOf(one);
        write(one, "static/js/new.js", "'use strict';");
        String grown = releaseOf(one);
        write(one, "META-INF/maven/org.webjars.npm/tinymce/pom.properties", "version=6.8.4");
        String upgraded = releaseOf(one);

        assertThat(List.of(first, restyled, grown, upgraded)).doesNotHaveDuplicates();
    }

    private static String releaseOf(Path root) throws Exception {
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, null)) {
            return AssetRelease.of(new PathMatchingResourcePatternResolver(loader));
        }
    }

    private static void write(Path root, String path, String content) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
