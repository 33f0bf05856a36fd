package org.citybridge.portal.domain;

import java.util.UUID;

import org.citybridge.files.StoredFile;

/** A file offered for download under an article. */
public record AttachmentView(UUID fileId, String name, String contentType, long size) {

    public String sizeText() {
        return StoredFile.sizeText(size);
    }
}
