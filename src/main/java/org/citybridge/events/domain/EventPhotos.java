package org.citybridge.events.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.citybridge.events.domain.EventStore.EventRow;
import org.citybridge.files.FileAccessRule;
import org.citybridge.files.FilePolicy;
import org.citybridge.files.FileStore;
import org.citybridge.files.StoredFile;
import org.citybridge.files.Upload;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleViolations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The photos of an event, for its report (会后报道): the secretariat uploads them on the event page once the event is
 * no longer a draft, each a picture ({@link FilePolicy#IMAGES}: JPG, PNG, WEBP or GIF, sniffed, at most 10 MB) with a
 * caption, and removes them. As a {@link FileAccessRule}: the secretariat sees them; once a report uses one, the
 * portal's own rule shows it to editors and, when published, to everyone.
 */
@Service
public class EventPhotos implements FileAccessRule {

    static final int CAPTION_MAX = 200;

    private final JdbcClient jdbc;
    private final EventStore store;
    private final EventAccess access;
    private final FileStore files;
    private final Clock clock;

    EventPhotos(JdbcClient jdbc, EventStore store, EventAccess access, FileStore files, Clock clock) {
        this.jdbc = jdbc;
        this.store = store;
        this.access = access;
        this.files = files;
        this.clock = clock;
    }

    /**
     * Keeps a photo with its caption; a missing or refused file and a missing or long caption are refused together,
     * and then nothing is kept.
     *
     * @param upload null when no file was chosen
     */
    @Transactional
    public EventPhoto upload(long eventId, Upload upload, String caption) {
        Actor actor = access.requireSecretariat();
        EventRow event = event(eventId);
        if (!EventLifecycle.takesPhotos(event.status())) {
            throw new RuleViolation(null, "event.documents.photo.draft");
        }
        Problems problems = new Problems();
        problems.text("caption", caption, CAPTION_MAX, true);
        StoredFile file = null;
        if (upload == null) {
            problems.add("file", "event.documents.photo.fileRequired");
        } else {
            try {
                file = files.store(upload, FilePolicy.IMAGES, "file");
            } catch (RuleViolation refused) {
                problems.add(refused);
            }
        }
        // a refusal rolls the transaction back, and with it the file just stored
        RuleViolations.throwIfAny(problems.list());
        return jdbc.sql("""
                        INSERT INTO event_photo (event_id, file_id, caption, uploaded_by, uploaded_at)
                        VALUES (:event, :file, :caption, :by, :at)
                        RETURNING id, file_id, caption, uploaded_by, uploaded_at""")
                .param("event", eventId).param("file", file.id()).param("caption", caption.strip())
                .param("by", actor.username()).param("at", Timestamp.from(clock.instant()))
                .query(EventPhoto.class).single();
    }

    /** The event's photos in the order they were uploaded. */
    @Transactional(readOnly = true)
    public List<EventPhoto> photos(long eventId) {
        access.requireSecretariat();
        event(eventId);
        return of(eventId);
    }

    /** Takes a photo off the event; its file stays (a report may show it). */
    @Transactional
    public void remove(long eventId, long photoId) {
        access.requireSecretariat();
        int removed = jdbc.sql("DELETE FROM event_photo WHERE id = :id AND event_id = :event")
                .param("id", photoId).param("event", eventId).update();
        if (removed == 0) {
            throw new NotFoundException("event.documents.photo.unknown", photoId);
        }
    }

    List<EventPhoto> of(long eventId) {
        return jdbc.sql("SELECT id, file_id, caption, uploaded_by, uploaded_at FROM event_photo WHERE event_id = :event ORDER BY id")
                .param("event", eventId).query(EventPhoto.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean allows(UUID fileId, Actor actor) {
        return actor.isSecretariat() && jdbc.sql("SELECT EXISTS (SELECT 1 FROM event_photo WHERE file_id = :file)")
                .param("file", fileId).query(Boolean.class).single();
    }

    private EventRow event(long eventId) {
        return store.event(eventId).orElseThrow(() -> new NotFoundException("event.error.unknown", eventId));
    }
}
