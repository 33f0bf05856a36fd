package org.citybridge.evaluation.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.citybridge.files.FileAccessRule;
import org.citybridge.files.FilePolicy;
import org.citybridge.files.FileStore;
import org.citybridge.files.Upload;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.citybridge.shared.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The association's seal printed on the certificates: a PNG or JPEG the administrator uploads (sniffed and capped by
 * {@link FilePolicy#SEALS}); the last one uploaded is used. Only the secretariat sees the picture itself.
 */
@Service
@Transactional
public class Seals implements FileAccessRule {

    private final JdbcClient jdbc;
    private final FileStore files;
    private final Clock clock;

    Seals(JdbcClient jdbc, FileStore files, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.clock = clock;
    }

    public UUID upload(Upload image) {
        Actor actor = Actors.currentOrSystem();
        if (actor.role() != Role.ADMIN) {
            throw new AccessDeniedException("only the administrator uploads the seal");
        }
        UUID id = files.store(image, FilePolicy.SEALS, "seal").id();
        jdbc.sql("INSERT INTO evaluation_seal (file_id, uploaded_by, uploaded_at) VALUES (:file, :by, :at)")
                .param("file", id).param("by", actor.username()).param("at", Timestamp.from(clock.instant())).update();
        return id;
    }

    /** The seal in use, if one was uploaded. */
    @Transactional(readOnly = true)
    public Optional<UUID> current() {
        return jdbc.sql("SELECT file_id FROM evaluation_seal ORDER BY id DESC LIMIT 1").query(UUID.class).optional();
    }

    /** The seal's picture for printing, if there is one. */
    @Transactional(readOnly = true)
    Optional<byte[]> image() {
        return current().map(id -> {
            try (var in = files.content(id).getInputStream()) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public boolean allows(UUID fileId, Actor actor) {
        return actor.isSecretariat() && jdbc.sql("SELECT count(*) FROM evaluation_seal WHERE file_id = :file")
                .param("file", fileId).query(Long.class).single() > 0;
    }
}
