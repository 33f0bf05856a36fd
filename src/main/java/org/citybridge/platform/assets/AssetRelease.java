package org.citybridge.platform.assets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The release of the scripts, styles and fonts the application serves, as a short digest of their content: of every
 * file under {@code static/} and of the version of every webjar. Two instances running the same build agree on it; any
 * change of an asset or of a webjar's version changes it, and with it every asset's address ({@link Assets}).
 */
final class AssetRelease {

    /** The webjars' groups are named in full: a wildcard there would have every jar on the classpath searched. */
    private static final String[] PATTERNS = {"classpath*:static/**", "classpath*:META-INF/maven/org.webjars/*/pom.properties",
        "classpath*:META-INF/maven/org.webjars.npm/*/pom.properties"};

    private AssetRelease() {
    }

    static String of(ResourcePatternResolver resources) {
        MessageDigest digest = sha256();
        for (String pattern : PATTERNS) {
            Resource[] found = find(resources, pattern);
            Arrays.sort(found, Comparator.comparing(AssetRelease::pathOf));
            for (Resource resource : found) {
                if (resource.isReadable()) {
                    digest.update(pathOf(resource).getBytes(StandardCharsets.UTF_8));
                    digest.update(contentOf(resource));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }

    static String of() {
        return of(new PathMatchingResourcePatternResolver(AssetRelease.class.getClassLoader()));
    }

    /** The part of a resource's address that is the same wherever the application's jar or classes are. */
    private static String pathOf(Resource resource) {
        String url = url(resource);
        int inside = Math.max(url.lastIndexOf("/static/"), url.lastIndexOf("/META-INF/"));
        return inside < 0 ? url : url.substring(inside);
    }

    private static String url(Resource resource) {
        try {
            return resource.getURL().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Resource[] find(ResourcePatternResolver resources, String pattern) {
        try {
            return resources.getResources(pattern);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] contentOf(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
