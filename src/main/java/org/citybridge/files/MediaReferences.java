package org.citybridge.files;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The stored files a rich-text body shows through {@code /media/{id}}, in the order they first appear. */
public final class MediaReferences {

    private static final Pattern REFERENCE = Pattern.compile(
            "/media/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})");

    private MediaReferences() {
    }

    public static Set<UUID> in(String html) {
        Set<UUID> files = new LinkedHashSet<>();
        Matcher matcher = REFERENCE.matcher(html == null ? "" : html);
        while (matcher.find()) {
            files.add(UUID.fromString(matcher.group(1)));
        }
        return files;
    }
}
