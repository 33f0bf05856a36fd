package org.citybridge.directory.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.citybridge.files.Upload;
import org.citybridge.platform.CityBridgeProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Uploaded rosters waiting between preview and commit, kept under generated names in the data folder
 * (never the uploader's file name, which is kept beside, to be shown only) and removed after a day.
 */
@Component
public class PendingImports {

    private static final Duration KEPT = Duration.ofDays(1);

    private final Path folder;

    PendingImports(CityBridgeProperties properties) {
        this.folder = properties.dataDir().resolve("imports");
    }

    public String keep(byte[] file) {
        return keep(file, null);
    }

    /** Keeps the file with the name it was sent under, shown in the titles of its imports. */
    public String keep(byte[] file, String sentName) {
        String token = UUID.randomUUID().toString();
        try {
            Files.createDirectories(folder);
            Files.write(path(token), file);
            if (sentName != null) {
                Files.writeString(namePath(token), Upload.displayName(sentName), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return token;
    }

    /** The name the file was sent under, fit to show. */
    public Optional<String> name(String token) {
        try {
            Path path = namePath(token);
            return Files.exists(path) ? Optional.of(Files.readString(path, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<byte[]> find(String token) {
        try {
            Path path = path(token);
            return Files.exists(path) ? Optional.of(Files.readAllBytes(path)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the file is still held, without reading it. */
    public boolean holds(String token) {
        try {
            return Files.exists(path(token));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public void forget(String token) {
        try {
            Files.deleteIfExists(path(token));
            Files.deleteIfExists(namePath(token));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs on every instance: whether the data folder is its own or shared, deleting day-old files twice is harmless. */
    @Scheduled(fixedDelayString = "PT1H")
    void removeStale() throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Instant cutoff = Instant.now().minus(KEPT);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private Path path(String token) {
        return folder.resolve(UUID.fromString(token) + ".upload");
    }

    private Path namePath(String token) {
        return folder.resolve(UUID.fromString(token) + ".name");
    }
}
