package org.citybridge.circulars.web;

import java.util.UUID;

import org.citybridge.circulars.domain.CircularQueries;
import org.citybridge.files.FileDownloads;
import org.citybridge.files.FileStore;
import org.citybridge.shared.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A circular's attachments, for whoever may see the circular. */
@Controller
class CircularFilesController {

    private final CircularQueries queries;
    private final FileStore files;
    private final FileDownloads downloads;

    CircularFilesController(CircularQueries queries, FileStore files, FileDownloads downloads) {
        this.queries = queries;
        this.files = files;
        this.downloads = downloads;
    }

    @GetMapping("/admin/circulars/{id}/files/{fileId}")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable UUID fileId) {
        boolean attached = queries.details(id).attachments().stream().anyMatch(a -> a.fileId().equals(fileId));
        if (!attached) {
            throw new NotFoundException("file.error.unknown", fileId);
        }
        return downloads.serve(files.describe(fileId));
    }
}
