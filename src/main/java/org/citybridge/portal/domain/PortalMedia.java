package org.citybridge.portal.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;

import org.citybridge.files.FilePolicy;
import org.citybridge.files.FileStore;
import org.citybridge.files.StoredFile;
import org.citybridge.shared.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Pictures for article bodies, and who may see a stored file through {@code /media/{id}}: editors every picture the
 * site holds, the public only what a live article shows or offers.
 */
@Service
public class PortalMedia {

    private final FileStore files;
    private final JdbcClient jdbc;
    private final PortalAccess access;
    private final Clock clock;

    PortalMedia(FileStore files, JdbcClient jdbc, PortalAccess access, Clock clock) {
        this.files = files;
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
    }

    /** Keeps an uploaded picture (images only, sniffed, at most 10 MB). */
    @Transactional
    public StoredFile upload(MultipartFile file) {
        Actor actor = access.requireEditorial();
        StoredFile stored = files.store(file, FilePolicy.IMAGES, "file");
        jdbc.sql("INSERT INTO portal_media (file_id, uploaded_by, uploaded_at) VALUES (:id, :by, :at)")
                .param("id", stored.id()).param("by", actor.username()).param("at", Timestamp.from(clock.instant())).update();
        return stored;
    }

    /**
     * Whether the public may see the file now: it belongs to a live article, as its cover, an attachment or a picture
     * of its body ({@link ArticlePictures}). A body that only names the file does not count.
     */
    @Transactional(readOnly = true)
    public boolean isPublic(UUID fileId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM article a WHERE a.cover_file_id = :file AND %1$s)
                            OR EXISTS (SELECT 1 FROM article_attachment x JOIN article a ON a.id = x.article_id
                                       WHERE x.file_id = :file AND %1$s)
                            OR EXISTS (SELECT 1 FROM article_media m JOIN article a ON a.id = m.article_id
                                       WHERE m.file_id = :file AND %1$s)"""
                        .formatted(PortalQueries.LIVE))
                .param("file", fileId).param("now", Timestamp.from(clock.instant())).query(Boolean.class).single();
    }

    /**
     * Whether the site holds the file, which editors (who may edit every article) may see: uploaded through the editor,
     * or belonging to an article in any state as its cover, an attachment or a picture of its body, to a pending
     * revision as its cover or attachment, or a cover of an earlier state (the history's thumbnails).
     */
    @Transactional(readOnly = true)
    public boolean isPortalFile(UUID fileId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM portal_media WHERE file_id = :file)
                            OR EXISTS (SELECT 1 FROM article WHERE cover_file_id = :file)
                            OR EXISTS (SELECT 1 FROM article_attachment WHERE file_id = :file)
                            OR EXISTS (SELECT 1 FROM article_media WHERE file_id = :file)
                            OR EXISTS (SELECT 1 FROM article_pending_revision
                                       WHERE draft ->> 'coverFileId' = CAST(:file AS TEXT) OR draft -> 'attachments' @> jsonb_build_array(CAST(:file AS TEXT)))
                            OR EXISTS (SELECT 1 FROM article_revision WHERE snapshot ->> 'coverFileId' = CAST(:file AS TEXT))""")
                .param("file", fileId).query(Boolean.class).single();
    }

    /** Whether the file is an attachment of this article and the actor may download it. */
    @Transactional(readOnly = true)
    public boolean isAttachment(long articleId, UUID fileId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM article_attachment WHERE article_id = :a AND file_id = :f)")
                .param("a", articleId).param("f", fileId).query(Boolean.class).single();
    }
}
