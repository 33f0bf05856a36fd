package org.citybridge.portal.domain;

import java.util.UUID;

/** A file offered for download under an article. */
public record AttachmentView(UUID fileId, String name, String contentType, long size) {

    public String sizeText() {
        if (size < 1024) {
            return size + " B";
        }
        if (size < 1024 * 1024) {
            return (size / 1024) + " KB";
        }
        return String.format("%.1f MB", size / (1024.0 * 1024.0));
    }
}
