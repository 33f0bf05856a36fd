package org.citybridge.submissions;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.citybridge.portal.ArticleHits;
import org.citybridge.portal.PortalApi;
import org.citybridge.shared.DateRange;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every report first submitted in a period, with its final outcome, its article and the article's hits: one read for a
 * year's evaluation, which checks who may read them.
 */
@Service
@Transactional(readOnly = true)
public class ReportRecords {

    private final JdbcClient jdbc;
    private final PortalApi portal;
    private final ArticleHits hits;
    private final Clock clock;

    ReportRecords(JdbcClient jdbc, PortalApi portal, ArticleHits hits, Clock clock) {
        this.jdbc = jdbc;
        this.portal = portal;
        this.hits = hits;
        this.clock = clock;
    }

    public List<ReportRecord> submittedIn(DateRange period) {
        record Row(long id, String title, String cityCode, String createdBy, Long authorPersonId, String authorName,
                   Timestamp firstSubmittedAt, String status, boolean returned, Timestamp decidedAt, Long articleId) {
        }
        List<Row> rows = jdbc.sql("""
                        SELECT s.id, s.title, s.city_code, s.created_by, s.author_person_id, s.author_name,
                               s.first_submitted_at, s.status, s.decided_at, s.article_id,
                               EXISTS (SELECT 1 FROM submission_event e WHERE e.submission_id = s.id AND e.to_status = :returned) AS returned
                        FROM submission s
                        WHERE s.first_submitted_at >= :from AND s.first_submitted_at < :until
                        ORDER BY s.city_code, s.first_submitted_at, s.id""")
                .param("returned", SubmissionStatus.RETURNED.name())
                .param("from", Timestamp.from(period.startsAt(clock.getZone())))
                .param("until", Timestamp.from(period.endsAt(clock.getZone())))
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getString("title"), rs.getString("city_code"),
                        rs.getString("created_by"), rs.getObject("author_person_id", Long.class), rs.getString("author_name"),
                        rs.getTimestamp("first_submitted_at"), rs.getString("status"), rs.getBoolean("returned"),
                        rs.getTimestamp("decided_at"), rs.getObject("article_id", Long.class)))
                .list();
        List<Long> articles = rows.stream().map(Row::articleId).filter(Objects::nonNull).toList();
        Set<Long> live = articles.isEmpty() ? Set.of() : portal.liveArticles(articles);
        Map<Long, Long> counts = articles.isEmpty() ? Map.of() : hits.hits(articles);
        return rows.stream().map(r -> {
            SubmissionStatus status = SubmissionStatus.valueOf(r.status());
            boolean adopted = status == SubmissionStatus.ADOPTED;
            return new ReportRecord(r.id(), r.title(), r.cityCode(), r.createdBy(), r.authorPersonId(), r.authorName(),
                    r.firstSubmittedAt().toInstant(), status, r.returned(),
                    adopted && r.decidedAt() != null ? r.decidedAt().toInstant() : null, r.articleId(),
                    r.articleId() != null && live.contains(r.articleId()),
                    r.articleId() == null ? 0 : counts.getOrDefault(r.articleId(), 0L));
        }).toList();
    }
}
