package org.citybridge.submissions.web;

import java.net.URI;
import java.util.Map;

import org.citybridge.files.StoredFile;
import org.citybridge.files.Upload;
import org.citybridge.submissions.domain.SubmissionMedia;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The rich-text editor's picture upload (multipart {@code file}, CSRF token in the header): answers
 * {@code {"id": "...", "url": "/media/{id}"}}, or an RFC 9457 problem in the user's language when refused.
 */
@RestController
class SubmissionMediaController {

    private final SubmissionMedia media;

    SubmissionMediaController(SubmissionMedia media) {
        this.media = media;
    }

    @PostMapping("/admin/submissions/media")
    ResponseEntity<Map<String, String>> upload(@RequestParam(name = "file", required = false) MultipartFile file) {
        StoredFile stored = media.upload(Upload.of(file));
        String url = "/media/" + stored.id();
        return ResponseEntity.created(URI.create(url)).body(Map.of("id", stored.id().toString(), "url", url));
    }
}
