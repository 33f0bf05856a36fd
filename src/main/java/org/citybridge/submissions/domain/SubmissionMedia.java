package org.citybridge.submissions.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityRef;
import org.citybridge.files.FileAccessRule;
import org.citybridge.files.FilePolicy;
import org.citybridge.files.FileStore;
import org.citybridge.files.MediaReferences;
import org.citybridge.files.StoredFile;
import org.citybridge.files.Upload;
import org.citybridge.shared.Actor;
import org.citybridge.shared.CityScope;
import org.citybridge.shared.RuleViolation;
import org.citybridge.submissions.SubmissionStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pictures for report bodies (FilePolicy.IMAGES), kept with the city that uploaded them and linked to the reports whose
 * bodies show them. As a {@link FileAccessRule}: the city's liaison sees its city's pictures while its post lasts;
 * everyone else sees a picture only through a report that shows it and that they may see ({@link SubmissionAccess}):
 * the secretariat and a province coordinator (its province) once submitted, an editor once adopted; drafts are the
 * city's alone. The secretariat also sees the pictures it uploaded itself. (Once adopted, the portal's own rule shows
 * a picture to everyone while a live article uses it.)
 */
@Service
public class SubmissionMedia implements FileAccessRule {

    private final JdbcClient jdbc;
    private final SubmissionAccess access;
    private final FileStore files;
    private final CityDirectory directory;
    private final Clock clock;

    SubmissionMedia(JdbcClient jdbc, SubmissionAccess access, FileStore files, CityDirectory directory, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.files = files;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional
    public StoredFile upload(Upload upload) {
        Actor actor = access.requireUploader();
        if (upload == null || upload.isNoFile()) {
            throw new RuleViolation("file", "submission.error.fileRequired");
        }
        StoredFile file = files.store(upload, FilePolicy.IMAGES, "file");
        String city = actor.scope() instanceof CityScope.City own ? own.code() : null;
        String province = city == null ? null
                : directory.cityRefs(List.of(city)).stream().findFirst().map(CityRef::provinceCode).orElse(null);
        jdbc.sql("""
                        INSERT INTO submission_media (file_id, city_code, province_code, uploaded_by, uploaded_at)
                        VALUES (:file, :city, :province, :by, :at)""")
                .param("file", file.id()).param("city", city).param("province", province)
                .param("by", actor.username()).param("at", Timestamp.from(clock.instant()))
                .update();
        return file;
    }

    /** Makes the pictures of the city's own that the (sanitized) body shows the report's, and no others. */
    void keep(long submissionId, String cityCode, String safeBody) {
        jdbc.sql("DELETE FROM submission_picture WHERE submission_id = :id").param("id", submissionId).update();
        for (UUID file : MediaReferences.in(safeBody)) {
            jdbc.sql("""
                            INSERT INTO submission_picture (submission_id, file_id)
                            SELECT :id, file_id FROM submission_media WHERE file_id = :file AND city_code = :city
                            ON CONFLICT DO NOTHING""")
                    .param("id", submissionId).param("file", file).param("city", cityCode).update();
        }
    }

    /** The pictures a report's body shows. */
    List<UUID> of(long submissionId) {
        return jdbc.sql("SELECT file_id FROM submission_picture WHERE submission_id = :id")
                .param("id", submissionId).query(UUID.class).list();
    }

    /** Lets go of those of these pictures that no report shows any more; answers their ids. */
    List<UUID> forgetUnused(List<UUID> files) {
        if (files.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        DELETE FROM submission_media m WHERE m.file_id = ANY (:files)
                        AND NOT EXISTS (SELECT 1 FROM submission_picture p WHERE p.file_id = m.file_id)
                        RETURNING m.file_id""")
                .param("files", files.toArray(UUID[]::new)).query(UUID.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean allows(UUID fileId, Actor actor) {
        record Owner(String cityCode, String provinceCode) {
        }
        CityScope scope = actor.scope();
        return jdbc.sql("SELECT city_code, province_code FROM submission_media WHERE file_id = :file")
                .param("file", fileId).query(Owner.class).optional()
                .map(owner -> scope instanceof CityScope.City
                        ? scope.covers(owner.cityCode(), owner.provinceCode()) && directory.holdsLiaisonPost(actor)
                        : (owner.cityCode() == null && actor.isSecretariat()) || shownInReportFor(fileId, actor))
                .orElse(false);
    }

    /** Whether a report whose body shows the picture is one the actor may see (never a draft but for its city). */
    private boolean shownInReportFor(UUID fileId, Actor actor) {
        record Report(String cityCode, String provinceCode, SubmissionStatus status) {
        }
        return jdbc.sql("""
                        SELECT s.city_code, s.province_code, s.status FROM submission_picture p
                        JOIN submission s ON s.id = p.submission_id WHERE p.file_id = :file""")
                .param("file", fileId).query((rs, n) -> new Report(rs.getString("city_code"), rs.getString("province_code"),
                        SubmissionStatus.valueOf(rs.getString("status")))).list().stream()
                .anyMatch(report -> access.maySee(actor, report.cityCode(), report.provinceCode(), report.status()));
    }
}
