package org.citybridge.submissions.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityRef;
import org.citybridge.platform.files.FileAccessRule;
import org.citybridge.platform.files.FilePolicy;
import org.citybridge.platform.files.FileStore;
import org.citybridge.platform.files.StoredFile;
import org.citybridge.platform.files.Upload;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pictures for report bodies (FilePolicy.IMAGES), kept with the city that uploaded them. As a {@link FileAccessRule}:
 * the secretariat and editors see every such picture, a liaison only its own city's, a province coordinator its
 * province's cities'. (Once adopted, the portal's own rule shows a picture to everyone while a live article uses it.)
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
        if (upload == null || upload.content() == null || (upload.content().length == 0
                && (upload.name() == null || upload.name().isBlank()))) {
            throw new RuleViolation("file", "submission.error.fileRequired");
        }
        StoredFile file = files.store(upload, FilePolicy.IMAGES, "file");
        String city = actor.role() == Role.LIAISON ? actor.cityCode() : null;
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

    @Override
    @Transactional(readOnly = true)
    public boolean allows(UUID fileId, Actor actor) {
        record Owner(String cityCode, String provinceCode) {
        }
        return jdbc.sql("SELECT city_code, province_code FROM submission_media WHERE file_id = :file")
                .param("file", fileId).query(Owner.class).optional()
                .map(owner -> switch (actor.role()) {
                    case ADMIN, STAFF, EDITOR -> true;
                    case LIAISON -> owner.cityCode() != null && owner.cityCode().equals(actor.cityCode());
                    case PROVINCE -> owner.provinceCode() != null && owner.provinceCode().equals(actor.provinceCode());
                    case PUBLIC -> false;
                })
                .orElse(false);
    }
}
