package org.citybridge.submissions.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.citybridge.submissions.domain.Upload;
import org.springframework.web.multipart.MultipartFile;

/** The files of a form; an empty file input (no name, no bytes) is no file at all. */
final class Uploads {

    private Uploads() {
    }

    static List<Upload> of(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(f -> !(f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())))
                .map(Uploads::of).toList();
    }

    static Upload of(MultipartFile file) {
        if (file == null) {
            return null;
        }
        try {
            return new Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
