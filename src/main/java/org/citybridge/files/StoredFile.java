package org.citybridge.files;

import java.util.UUID;

/** An uploaded file as the platform knows it: its generated id, the name the user gave, its sniffed type. */
public record StoredFile(UUID id, String name, String contentType, long size, String sha256) {

    public boolean isImage() {
        return contentType.startsWith("image/");
    }

    public String sizeText() {
        return sizeText(size);
    }

    /** A file size as people read it: 512 B, 20 KB, 3.4 MB. */
    public static String sizeText(long size) {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return (size / 1024) + " KB";
        }
        return String.format("%.1f MB", size / (1024.0 * 1024.0));
    }
}
