package org.citybridge.files;

import java.util.UUID;

/** A file listed under what it is attached to (a circular, an article): what a page shows and links. */
public record AttachmentView(UUID fileId, String name, String contentType, long size) {

    static AttachmentView of(StoredFile file) {
        return new AttachmentView(file.id(), file.name(), file.contentType(), file.size());
    }

    public String sizeText() {
        return StoredFile.sizeText(size);
    }
}
