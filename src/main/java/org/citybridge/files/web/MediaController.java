package org.citybridge.files.web;

import java.util.List;
import java.util.UUID;

import org.citybridge.files.FileAccessRule;
import org.citybridge.files.FileDownloads;
import org.citybridge.files.FileStore;
import org.citybridge.files.StoredFile;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.NotFoundException;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code /media/{id}}: a stored file for whoever any module's {@link FileAccessRule} lets see it; 404 for everyone else,
 * so nobody learns whether the file exists.
 */
@Controller
class MediaController {

    private final List<FileAccessRule> rules;
    private final FileStore files;
    private final FileDownloads downloads;

    MediaController(List<FileAccessRule> rules, FileStore files, FileDownloads downloads) {
        this.rules = rules;
        this.files = files;
        this.downloads = downloads;
    }

    @GetMapping({"/media/{id}", "/media/{id}.{extension}"})
    ResponseEntity<Resource> media(@PathVariable String id) {
        UUID fileId;
        try {
            fileId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("file.error.unknown", id);
        }
        Actor actor = Actors.currentOrSystem();
        if (rules.stream().noneMatch(rule -> rule.allows(fileId, actor))) {
            throw new NotFoundException("file.error.unknown", fileId);
        }
        StoredFile file = files.describe(fileId);
        return downloads.serve(file, !file.isImage(), actor.equals(Actor.PUBLIC));
    }
}
