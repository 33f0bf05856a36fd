package org.citybridge.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file as the user sent it: its name (shown only), its size and its bytes (judged by their content when stored);
 * or a file the same user sent with an earlier try of the same form and that is already kept ({@code held}, see
 * {@link HeldUploads}). A sent file's bytes stay where the server put them (a temporary file) until they are asked
 * for, so a file refused for its size is never read into memory.
 */
public final class Upload {

    private final String name;
    private final long size;
    private final Content content;
    private final UUID held;

    public Upload(String name, byte[] content) {
        this(name, content == null ? 0 : content.length, content == null ? null : () -> content, null);
    }

    private Upload(String name, long size, Content content, UUID held) {
        this.name = name;
        this.size = size;
        this.content = content;
        this.held = held;
    }

    /** A file already kept for the user who sends the form; storing it again only checks it is theirs. */
    public static Upload held(StoredFile file) {
        return new Upload(file.name(), file.size(), null, file.id());
    }

    /** The file of a form field, or null without one. */
    public static Upload of(MultipartFile file) {
        if (file == null) {
            return null;
        }
        return new Upload(file.getOriginalFilename(), file.getSize(), file::getBytes, null);
    }

    /** The files of a form field; an empty file input (no name, no bytes) is no file at all. */
    public static List<Upload> allOf(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream().filter(f -> f != null && !isNoFile(f)).map(Upload::of).toList();
    }

    public String name() {
        return name;
    }

    /** Its size in bytes, known without reading it. */
    public long size() {
        return size;
    }

    /** Its bytes, read now; null for a held file. */
    public byte[] content() {
        if (content == null) {
            return null;
        }
        try {
            return content.read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file kept earlier, or null for a file sent now. */
    public UUID held() {
        return held;
    }

    /** An empty file input: no file held, no bytes and no name. */
    public boolean isNoFile() {
        return held == null && size == 0 && (name == null || name.isBlank());
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

    @FunctionalInterface
    private interface Content {
        byte[] read() throws IOException;
    }
}
