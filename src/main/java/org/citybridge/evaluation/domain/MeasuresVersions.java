package org.citybridge.evaluation.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.citybridge.evaluation.MeasuresView;
import org.citybridge.platform.html.RichText;
import org.citybridge.portal.ArticleDraft;
import org.citybridge.portal.ColumnView;
import org.citybridge.portal.PortalApi;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Liaison Work Measures in versions: each version is published on the portal when it is saved, and kept readable
 * when a newer one follows. Read by everyone who reads evaluations; published by the secretariat.
 */
@Service
@Transactional
public class MeasuresVersions {

    /** The columns a new version is offered in, by name, the first found being the default. */
    private static final List<String> DEFAULT_COLUMNS = List.of("联络工作", "通知公告");
    private static final String SOURCE = "协会秘书处";

    private final JdbcClient jdbc;
    private final PortalApi portal;
    private final EvaluationAccess access;
    private final Clock clock;

    MeasuresVersions(JdbcClient jdbc, PortalApi portal, EvaluationAccess access, Clock clock) {
        this.jdbc = jdbc;
        this.portal = portal;
        this.access = access;
        this.clock = clock;
    }

    public record MeasuresDraft(String versionLabel, String title, String bodyHtml, LocalDate effectiveOn, Long columnId) {
    }

    /** Saves the version and publishes it on the portal in the chosen column; answers its id. */
    public long publish(MeasuresDraft draft) {
        Actor actor = access.requireSecretariat();
        String label = draft.versionLabel() == null ? "" : draft.versionLabel().strip();
        String title = draft.title() == null ? "" : draft.title().strip();
        if (label.isEmpty() || label.length() > 40) {
            throw new RuleViolation("versionLabel", "evaluation.error.versionLabel");
        }
        if (title.isEmpty() || title.length() > 200) {
            throw new RuleViolation("title", "evaluation.error.title");
        }
        String body = RichText.sanitize(draft.bodyHtml() == null ? "" : draft.bodyHtml());
        if (RichText.plainText(body).isBlank()) {
            throw new RuleViolation("bodyHtml", "evaluation.error.body");
        }
        if (draft.effectiveOn() == null) {
            throw new RuleViolation("effectiveOn", "validation.required");
        }
        if (draft.columnId() == null || portal.columns().stream().noneMatch(c -> c.id() == draft.columnId())) {
            throw new RuleViolation("columnId", "evaluation.error.column");
        }
        if (jdbc.sql("SELECT count(*) FROM evaluation_measures WHERE version_label = :label").param("label", label)
                .query(Long.class).single() > 0) {
            throw new RuleViolation("versionLabel", "evaluation.error.versionExists", label);
        }
        long articleId = portal.publishAdopted(new ArticleDraft(draft.columnId(), title, label, SOURCE, null, null,
                "联络工作办法", body, null, null, null, List.of()), "evaluation-measures:" + label);
        Instant now = clock.instant();
        return jdbc.sql("""
                        INSERT INTO evaluation_measures (version_label, title, body_html, effective_on, column_id, article_id,
                                                         published_by, published_at)
                        VALUES (:label, :title, :body, :effective, :column, :article, :by, :at) RETURNING id""")
                .param("label", label).param("title", title).param("body", body).param("effective", draft.effectiveOn())
                .param("column", draft.columnId()).param("article", articleId).param("by", actor.username())
                .param("at", Timestamp.from(now)).query(Long.class).single();
    }

    /** The column a new version is published in unless the secretariat picks another. */
    @Transactional(readOnly = true)
    public Optional<ColumnView> defaultColumn() {
        List<ColumnView> columns = portal.columns();
        return DEFAULT_COLUMNS.stream().flatMap(name -> columns.stream().filter(c -> c.name().equals(name))).findFirst();
    }

    @Transactional(readOnly = true)
    public List<ColumnView> columns() {
        access.requireSecretariat();
        return portal.columns();
    }

    /** Every version, the latest in force first. */
    @Transactional(readOnly = true)
    public List<MeasuresView> versions() {
        requireReader();
        return jdbc.sql(SELECT + " ORDER BY effective_on DESC, id DESC").query(MeasuresVersions::view).list();
    }

    @Transactional(readOnly = true)
    public MeasuresView version(long id) {
        requireReader();
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(MeasuresVersions::view).optional()
                .orElseThrow(() -> new NotFoundException("evaluation.error.unknownMeasures", id));
    }

    private static final String SELECT = """
            SELECT id, version_label, title, body_html, effective_on, column_id, article_id, published_by, published_at
            FROM evaluation_measures""";

    private void requireReader() {
        access.requireAnyReader();
    }

    private static MeasuresView view(ResultSet rs, int row) throws SQLException {
        return new MeasuresView(rs.getLong("id"), rs.getString("version_label"), rs.getString("title"), rs.getString("body_html"),
                rs.getObject("effective_on", LocalDate.class), rs.getLong("column_id"), rs.getLong("article_id"),
                rs.getString("published_by"), rs.getTimestamp("published_at").toInstant());
    }
}
