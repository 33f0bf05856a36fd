package org.citybridge.portal.domain;

import java.util.UUID;

import org.citybridge.files.FileAccessRule;
import org.citybridge.shared.Actor;
import org.springframework.stereotype.Component;

/** The portal's say on stored files: everyone sees what a live article shows; editors see every file of the site. */
@Component
class PortalFileAccess implements FileAccessRule {

    private final PortalMedia media;

    PortalFileAccess(PortalMedia media) {
        this.media = media;
    }

    @Override
    public boolean allows(UUID fileId, Actor actor) {
        if (PortalAccess.isEditorial(actor)) {
            return media.isPortalFile(fileId);
        }
        return media.isPublic(fileId);
    }
}
