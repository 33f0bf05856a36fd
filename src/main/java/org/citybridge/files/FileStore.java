package org.citybridge.files;

import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.citybridge.files.domain.ContentSniffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.citybridge.shared.Actors;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.Sha256;
import org.springframework.core.io.Resource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;

/**
 * Keeps uploads by generated id in the {@link ByteStore} (under {@code files/}: the data directory's {@code files}
 * folder, or the bucket) and their description in {@code stored_file}. The type is sniffed from the bytes and must be
 * one the policy accepts; the user's file name is kept only for display and downloads.
 * <p>
 * The bytes are written before the row, inside the caller's transaction, and removed again when it does not commit;
 * a deleted file's row goes with the transaction and its bytes once it has committed. So a row never lacks its
 * bytes, and bytes without a row are left only when the store fails to delete them (logged).
 */
@Service
public class FileStore {

    private static final Logger log = LoggerFactory.getLogger(FileStore.class);

    private final JdbcClient jdbc;
    private final ByteStore bytes;
    private final Clock clock;

    FileStore(JdbcClient jdbc, ByteStore bytes, Clock clock) {
        this.jdbc = jdbc;
        this.bytes = bytes;
        this.clock = clock;
    }

    /** Checks and keeps one upload; {@code field} names the form field a refusal is reported on. */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredFile store(MultipartFile upload, FilePolicy policy, String field) {
        return store(Upload.of(upload), policy, field);
    }

    /** Checks and keeps one upload; a held upload is only checked: it must be the current user's and fit the policy. */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredFile store(Upload upload, FilePolicy policy, String field) {
        if (upload.held() != null) {
            return claim(upload.held(), policy, field);
        }
        policy.refuseIfTooLarge(upload.size(), Upload.displayName(upload.name()), field);
        byte[] content = upload.content();
        return store(upload.name(), content == null ? new byte[0] : content, policy, field);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public StoredFile store(String originalName, byte[] content, FilePolicy policy, String field) {
        String name = Upload.displayName(originalName);
        if (content.length == 0) {
            throw new RuleViolation(field, "file.error.empty", name);
        }
        policy.refuseIfTooLarge(content.length, name, field);
        ContentSniffer.Sniffed sniffed = ContentSniffer.inspect(content, name)
                .filter(found -> policy.accepts(found.type()))
                .orElseThrow(() -> new RuleViolation(field, "file.error.type", name, policy.acceptedExtensions()));
        if (sniffed.macros()) {
            throw new RuleViolation(field, "file.error.macros", name);
        }
        FileType type = sniffed.type();
        StoredFile file = new StoredFile(UUID.randomUUID(), withExtension(name, type), type.contentType(),
                content.length, Sha256.hex(content));
        putOrRefuse(file, content, field);
        afterCompletion(file.id(), false);
        jdbc.sql("""
                        INSERT INTO stored_file (id, original_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at)
                        VALUES (:id, :name, :type, :size, :sha, :by, :at)""")
                .param("id", file.id()).param("name", file.name()).param("type", file.contentType())
                .param("size", file.size()).param("sha", file.sha256())
                .param("by", Actors.currentOrSystem().username()).param("at", java.sql.Timestamp.from(clock.instant()))
                .update();
        return file;
    }

    /**
     * Keeps the bytes; a disk that cannot take them (full, or not writable) refuses the upload with an error naming the
     * file, before any row is written, and the store has removed what it had begun to write.
     */
    private void putOrRefuse(StoredFile file, byte[] content, String field) {
        try {
            bytes.put(keyOf(file.id()), new ByteArrayInputStream(content), content.length);
        } catch (UncheckedIOException e) {
            log.error("Could not store the upload \"{}\" ({} bytes): {}", file.name(), content.length, e.getCause().toString());
            throw new RuleViolation(field, "file.error.notStored", file.name());
        }
    }

    /**
     * A file kept earlier for the current user, as a form sent again refers to it by id; anyone else's file (or an
     * unknown id) is refused, so a hidden form field cannot attach a file its sender never uploaded.
     */
    StoredFile claim(UUID id, FilePolicy policy, String field) {
        StoredFile file = jdbc.sql("""
                        SELECT id, original_name AS name, content_type, size_bytes AS size, sha256 FROM stored_file
                        WHERE id = :id AND uploaded_by = :by""")
                .param("id", id).param("by", Actors.currentOrSystem().username())
                .query(StoredFile.class).optional()
                .orElseThrow(() -> new RuleViolation(field, "file.error.notYours"));
        policy.refuseIfTooLarge(file.size(), file.name(), field);
        if (!policy.accepts(file.contentType())) {
            throw new RuleViolation(field, "file.error.type", file.name(), policy.acceptedExtensions());
        }
        return file;
    }

    public StoredFile describe(UUID id) {
        return jdbc.sql("SELECT id, original_name AS name, content_type, size_bytes AS size, sha256 FROM stored_file WHERE id = :id")
                .param("id", id).query(StoredFile.class).optional()
                .orElseThrow(() -> new NotFoundException("file.error.unknown", id));
    }

    /** These files in this order, in one query; an unknown id answers 404. */
    public List<StoredFile> describeAll(List<UUID> ids) {
        Map<UUID, StoredFile> found = find(ids);
        return ids.stream().map(id -> {
            StoredFile file = found.get(id);
            if (file == null) {
                throw new NotFoundException("file.error.unknown", id);
            }
            return file;
        }).toList();
    }

    /** These files as attachment lists show them, in this order, in one query; an id of no stored file is left out. */
    public List<AttachmentView> attachments(Collection<UUID> ids) {
        Map<UUID, StoredFile> found = find(ids);
        return ids.stream().map(found::get).filter(Objects::nonNull).map(AttachmentView::of).toList();
    }

    private Map<UUID, StoredFile> find(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        SELECT id, original_name AS name, content_type, size_bytes AS size, sha256 FROM stored_file
                        WHERE id = ANY (:ids)""")
                .param("ids", ids.toArray(UUID[]::new)).query(StoredFile.class).stream()
                .collect(Collectors.toMap(StoredFile::id, Function.identity()));
    }

    public Resource content(UUID id) {
        return content(describe(id));
    }

    /** The file's bytes, read when the answer is written; 404 when they are gone. */
    public Resource content(StoredFile file) {
        String key = keyOf(file.id());
        if (!bytes.exists(key)) {
            throw new NotFoundException("file.error.unknown", file.id());
        }
        return new StoredFileContent(bytes, key, file);
    }

    /**
     * Deletes those of these files that no row of any table refers to any more (found through the foreign keys on
     * {@code stored_file}), with the caller's transaction, their bytes once it has committed; answers the ids deleted.
     * For a module that has just dropped its own references, e.g. to a deleted draft's attachments.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<UUID> deleteUnused(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String unreferenced = jdbc.sql("""
                        SELECT format('NOT EXISTS (SELECT 1 FROM %s r WHERE r.%I = f.id)', c.conrelid::regclass, a.attname)
                        FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
                        WHERE c.contype = 'f' AND c.confrelid = 'stored_file'::regclass ORDER BY 1""")
                .query(String.class).list().stream().map(check -> " AND " + check).collect(Collectors.joining());
        List<UUID> deleted = jdbc.sql("DELETE FROM stored_file f WHERE f.id = ANY (:ids)" + unreferenced + " RETURNING f.id")
                .param("ids", ids.toArray(UUID[]::new)).query(UUID.class).list();
        deleted.forEach(id -> afterCompletion(id, true));
        return deleted;
    }

    /**
     * Removes the bytes when the transaction ends: those of a new file when it does not commit, those of a deleted
     * file when it does.
     */
    private void afterCompletion(UUID id, boolean deleted) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        String key = keyOf(id);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if ((status == STATUS_COMMITTED) == deleted) {
                    try {
                        bytes.delete(key);
                    } catch (RuntimeException e) {
                        log.warn("Could not remove the bytes {} of a {} file: {}", key,
                                deleted ? "deleted" : "rolled back", e.getMessage());
                    }
                }
            }
        });
    }

    private static String keyOf(UUID id) {
        String name = id.toString();
        return "files/" + name.substring(0, 2) + "/" + name;
    }

    private static String withExtension(String name, FileType type) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot + 1).toLowerCase() : "";
        return type.extensions().contains(extension) ? name : base + "." + type.extension();
    }

}
