package org.citybridge.circulars.domain;

import java.util.UUID;

public record AttachmentView(UUID fileId, String name, String contentType, long size) {
}
