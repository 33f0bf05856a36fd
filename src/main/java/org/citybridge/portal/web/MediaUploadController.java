package org.citybridge.portal.web;

import java.util.Map;

import org.citybridge.files.StoredFile;
import org.citybridge.portal.domain.PortalMedia;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The rich-text editor's picture upload: answers the picture's id and URL, or a problem detail on refusal. */
@RestController
class MediaUploadController {

    private final PortalMedia media;

    MediaUploadController(PortalMedia media) {
        this.media = media;
    }

    @PostMapping("/admin/portal/media")
    Map<String, Object> upload(@RequestParam("file") MultipartFile file) {
        StoredFile stored = media.upload(file);
        return Map.of("id", stored.id(), "url", "/media/" + stored.id(), "name", stored.name());
    }
}
