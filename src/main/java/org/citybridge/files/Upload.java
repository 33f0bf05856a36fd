package org.citybridge.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file as the user sent it: its name (shown only) and its bytes (judged by their content when stored); or a file
 * the same user sent with an earlier try of the same form and that is already kept ({@code held}, see
 * {@link HeldUploads}).
 */
public record Upload(String name, byte[] content, UUID held) {

    public Upload(String name, byte[] content) {
        this(name, content, null);
    }

    /** A file already kept for the user who sends the form; storing it again only checks it is theirs. */
    public static Upload held(StoredFile file) {
        return new Upload(file.name(), null, file.id());
    }

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
        return files.stream().filter(f -> f != null && !isNoFile(f)).map(Upload::of).toList();
    }

    /**
     * A sent file's name fit to show: without the folders some browsers send, control characters or quotes, and at
     * most 200 characters (its end, which has the extension); "file" when nothing is left.
     */
    public static String displayName(String originalName) {
        String name = originalName == null ? "" : originalName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        return name.isEmpty() ? "file" : name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    static boolean isNoFile(MultipartFile file) {
        return file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank());
    }
}
