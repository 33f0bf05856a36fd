package org.citybridge.directory.importing;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.citybridge.files.ByteStore;
import org.citybridge.files.Upload;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Uploaded rosters waiting between preview and commit, kept in the {@link ByteStore} under generated names in
 * {@code imports/} (the data folder's, or the bucket's, so that any instance finds them; never the uploader's file
 * name, which is kept beside, to be shown only) and removed after a day.
 */
@Component
public class PendingImports {

    private static final String FOLDER = "imports/";
    private static final Duration KEPT = Duration.ofDays(1);

    private final ByteStore bytes;

    PendingImports(ByteStore bytes) {
        this.bytes = bytes;
    }

    public String keep(byte[] file) {
        return keep(file, null);
    }

    /** Keeps the file with the name it was sent under, shown in the titles of its imports. */
    public String keep(byte[] file, String sentName) {
        String token = UUID.randomUUID().toString();
        bytes.put(key(token), new ByteArrayInputStream(file), file.length);
        if (sentName != null) {
            byte[] name = Upload.displayName(sentName).getBytes(StandardCharsets.UTF_8);
            bytes.put(nameKey(token), new ByteArrayInputStream(name), name.length);
        }
        return token;
    }

    /** The name the file was sent under, fit to show. */
    public Optional<String> name(String token) {
        return read(token, true).map(name -> new String(name, StandardCharsets.UTF_8));
    }

    public Optional<byte[]> find(String token) {
        return read(token, false);
    }

    /** Whether the file is still held, without reading it. */
    public boolean holds(String token) {
        try {
            return bytes.exists(key(token));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public void forget(String token) {
        bytes.delete(key(token));
        bytes.delete(nameKey(token));
    }

    /** By the wall clock, as the store stamps what it writes. */
    /** Runs on every instance: whether the store is its own or shared, deleting day-old uploads twice is harmless. */
    @Scheduled(fixedDelayString = "PT1H")
    void removeStale() {
        bytes.deleteOlderThan(FOLDER, Instant.now().minus(KEPT));
    }

    private Optional<byte[]> read(String token, boolean name) {
        try (InputStream in = bytes.get(name ? nameKey(token) : key(token))) {
            return Optional.of(in.readAllBytes());
        } catch (IllegalArgumentException | FileNotFoundException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String key(String token) {
        return FOLDER + UUID.fromString(token) + ".upload";
    }

    private static String nameKey(String token) {
        return FOLDER + UUID.fromString(token) + ".name";
    }
}
