package org.citybridge.events.domain;

import java.time.Instant;
import java.util.UUID;

/** A photo of an event with its caption, shown through {@code /media/{fileId}} to the secretariat. */
public record EventPhoto(long id, UUID fileId, String caption, String uploadedBy, Instant uploadedAt) {

    public String url() {
        return "/media/" + fileId;
    }
}
