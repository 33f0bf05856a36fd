package org.citybridge.platform.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/** A file as the user sent it: its name (shown only) and its bytes (judged by their content when stored). */
public record Upload(String name, byte[] content) {

    /** The file of a form field, or null without one. */
    public static Upload of(MultipartFile file) {
        if (file == null) {
            return null;
        }
        try {
            return new Upload(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The files of a form field; an empty file input (no name, no bytes) is no file at all. */
    public static List<Upload> allOf(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(f -> !(f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isBlank())))
                .map(Upload::of).toList();
    }
}
