package org.citybridge.submissions.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.citybridge.directory.CityRef;
import org.citybridge.submissions.ReviewAction;
import org.citybridge.submissions.ReviewEntry;
import org.citybridge.submissions.SubmissionKind;
import org.citybridge.submissions.SubmissionStatus;
import org.citybridge.submissions.SubmissionSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of the submissions module, by plain SQL. */
@Repository
class SubmissionStore {

    static final String SUMMARY_COLUMNS = """
            s.id, s.city_code, s.city_name, s.province_code, s.province_name, s.kind, s.title, s.status, s.author_name,
            s.submitted_at, s.updated_at, s.article_id""";

    /** What the service needs to decide on a report. */
    record Row(long id, String cityCode, String cityName, String provinceCode, SubmissionStatus status, String title,
               String bodyHtml, String authorName) {
    }

    record Details(long id, String cityCode, String cityName, String provinceCode, String provinceName,
                   SubmissionKind kind, String title, String bodyHtml, SubmissionStatus status, Long authorPersonId,
                   String authorName, String createdBy, Instant createdAt, Instant updatedAt, Instant firstSubmittedAt,
                   Instant submittedAt, Instant decidedAt, Long columnId, Long articleId) {
    }

    private final JdbcClient jdbc;

    SubmissionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(CityRef city, SubmissionKind kind, String title, String bodyHtml, Long personId, String authorName,
                String by, Instant at) {
        return jdbc.sql("""
                        INSERT INTO submission (city_code, city_name, province_code, province_name, kind, title, body_html,
                                                status, author_person_id, author_name, created_by, created_at, updated_at)
                        VALUES (:code, :name, :province, :provinceName, :kind, :title, :body, 'DRAFT', :person, :author,
                                :by, :at, :at) RETURNING id""")
                .param("code", city.code()).param("name", city.name()).param("province", city.provinceCode())
                .param("provinceName", city.provinceName()).param("kind", kind.name()).param("title", title)
                .param("body", bodyHtml).param("person", personId).param("author", authorName).param("by", by)
                .param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    void updateContent(long id, SubmissionKind kind, String title, String bodyHtml, Instant at) {
        jdbc.sql("UPDATE submission SET kind = :kind, title = :title, body_html = :body, updated_at = :at WHERE id = :id")
                .param("kind", kind.name()).param("title", title).param("body", bodyHtml).param("at", Timestamp.from(at))
                .param("id", id).update();
    }

    void submitted(long id, Instant at) {
        jdbc.sql("""
                        UPDATE submission SET status = 'SUBMITTED', submitted_at = :at,
                               first_submitted_at = COALESCE(first_submitted_at, :at), updated_at = :at WHERE id = :id""")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    void decided(long id, SubmissionStatus to, Long columnId, Long articleId, Instant at) {
        jdbc.sql("""
                        UPDATE submission SET status = :to, decided_at = CASE WHEN :to = 'RETURNED' THEN decided_at ELSE :at END,
                               column_id = COALESCE(:column, column_id), article_id = COALESCE(:article, article_id),
                               updated_at = :at WHERE id = :id""")
                .param("to", to.name()).param("column", columnId).param("article", articleId)
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    void insertEvent(long id, ReviewAction action, SubmissionStatus from, SubmissionStatus to, String opinion,
                     String actor, Instant at, Long articleId) {
        jdbc.sql("""
                        INSERT INTO submission_event (submission_id, action, from_status, to_status, opinion, actor, at, article_id)
                        VALUES (:id, :action, :from, :to, :opinion, :actor, :at, :article)""")
                .param("id", id).param("action", action.name()).param("from", from == null ? null : from.name())
                .param("to", to.name()).param("opinion", opinion).param("actor", actor).param("at", Timestamp.from(at))
                .param("article", articleId)
                .update();
    }

    /** Removes a report; its attachment links and log go with it (ON DELETE CASCADE). */
    void delete(long id) {
        jdbc.sql("DELETE FROM submission WHERE id = :id").param("id", id).update();
    }

    void insertAttachment(long id, UUID fileId) {
        jdbc.sql("""
                        INSERT INTO submission_attachment (submission_id, file_id, position)
                        VALUES (:id, :file, (SELECT COALESCE(max(position), 0) + 1 FROM submission_attachment WHERE submission_id = :id))""")
                .param("id", id).param("file", fileId).update();
    }

    Optional<Row> row(long id, boolean lock) {
        return jdbc.sql("SELECT id, city_code, city_name, province_code, status, title, body_html, author_name FROM submission WHERE id = :id"
                        + (lock ? " FOR UPDATE" : ""))
                .param("id", id)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("city_code"), rs.getString("city_name"),
                        rs.getString("province_code"), SubmissionStatus.valueOf(rs.getString("status")),
                        rs.getString("title"), rs.getString("body_html"), rs.getString("author_name")))
                .optional();
    }

    Optional<Details> details(long id) {
        return jdbc.sql("""
                        SELECT id, city_code, city_name, province_code, province_name, kind, title, body_html, status,
                               author_person_id, author_name, created_by, created_at, updated_at, first_submitted_at,
                               submitted_at, decided_at, column_id, article_id
                        FROM submission WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> new Details(rs.getLong("id"), rs.getString("city_code"), rs.getString("city_name"),
                        rs.getString("province_code"), rs.getString("province_name"),
                        SubmissionKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("body_html"),
                        SubmissionStatus.valueOf(rs.getString("status")), longOrNull(rs, "author_person_id"),
                        rs.getString("author_name"), rs.getString("created_by"), instant(rs, "created_at"),
                        instant(rs, "updated_at"), instant(rs, "first_submitted_at"), instant(rs, "submitted_at"),
                        instant(rs, "decided_at"), longOrNull(rs, "column_id"), longOrNull(rs, "article_id")))
                .optional();
    }

    List<ReviewEntry> history(long id) {
        return jdbc.sql("SELECT id, action, from_status, to_status, opinion, actor, at, article_id FROM submission_event WHERE submission_id = :id ORDER BY id")
                .param("id", id)
                .query((rs, n) -> new ReviewEntry(rs.getLong("id"), ReviewAction.valueOf(rs.getString("action")),
                        status(rs.getString("from_status")), SubmissionStatus.valueOf(rs.getString("to_status")),
                        rs.getString("opinion"), rs.getString("actor"), instant(rs, "at"), longOrNull(rs, "article_id")))
                .list();
    }

    List<UUID> attachments(long id) {
        return jdbc.sql("SELECT file_id FROM submission_attachment WHERE submission_id = :id ORDER BY position")
                .param("id", id).query(UUID.class).list();
    }

    long count(String where, Map<String, Object> params) {
        return jdbc.sql("SELECT count(*) FROM submission s WHERE " + where).params(params).query(Long.class).single();
    }

    List<SubmissionSummary> list(String where, Map<String, Object> params, String order, int limit, long offset) {
        return jdbc.sql("SELECT " + SUMMARY_COLUMNS + " FROM submission s WHERE " + where + " ORDER BY " + order
                        + " LIMIT :limit OFFSET :offset")
                .params(params).param("limit", limit).param("offset", offset)
                .query(SubmissionStore::summary).list();
    }

    static SubmissionSummary summary(ResultSet rs, int row) throws SQLException {
        return new SubmissionSummary(rs.getLong("id"), rs.getString("city_code"), rs.getString("city_name"),
                rs.getString("province_code"), rs.getString("province_name"), SubmissionKind.valueOf(rs.getString("kind")),
                rs.getString("title"), SubmissionStatus.valueOf(rs.getString("status")), rs.getString("author_name"),
                instant(rs, "submitted_at"), instant(rs, "updated_at"), longOrNull(rs, "article_id"));
    }

    private static SubmissionStatus status(String name) {
        return name == null ? null : SubmissionStatus.valueOf(name);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
