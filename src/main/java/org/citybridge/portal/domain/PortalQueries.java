package org.citybridge.portal.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.citybridge.files.AttachmentView;
import org.citybridge.files.FileStore;
import org.citybridge.platform.Dates;
import org.citybridge.platform.LikePatterns;
import org.citybridge.platform.html.RichText;
import org.citybridge.portal.ArticleStatus;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.PageOf;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads of the public site: the column tree, listings, an article with its column trail, and revisions. "Live" means
 * published, its publish time has come and it has not expired, all against the application's clock.
 */
@Service
@Transactional(readOnly = true)
public class PortalQueries {

    /** The SQL condition of a live article {@code a}, with the parameter {@code :now}. */
    static final String LIVE = "a.status = 'PUBLISHED' AND a.publish_at <= :now AND (a.expire_at IS NULL OR a.expire_at > :now)";

    private static final String ROW = """
            SELECT a.id, a.title, a.column_id, c.name AS column_name, c.slug AS column_slug, a.status, a.publish_at,
                   a.expire_at, a.updated_by, a.updated_at, a.summary
            FROM article a JOIN portal_column c ON c.id = a.column_id""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Dates dates;
    private final FileStore files;

    PortalQueries(JdbcClient jdbc, JsonMapper json, Clock clock, Dates dates, FileStore files) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.dates = dates;
        this.files = files;
    }

    /** Every column, parents before children in their order, with counts. */
    public List<ColumnNode> columns() {
        return jdbc.sql("""
                        WITH RECURSIVE tree AS (
                            SELECT id, parent_id, slug, name, description, position, visible, name AS path, 0 AS depth,
                                   ARRAY[position, id] AS sort
                            FROM portal_column WHERE parent_id IS NULL
                            UNION ALL
                            SELECT c.id, c.parent_id, c.slug, c.name, c.description, c.position, c.visible,
                                   t.path || ' > ' || c.name, t.depth + 1, t.sort || ARRAY[c.position, c.id]
                            FROM portal_column c JOIN tree t ON c.parent_id = t.id)
                        SELECT t.id, t.parent_id, t.slug, t.name, t.description, t.position, t.visible, t.path, t.depth,
                               (SELECT count(*) FROM article a WHERE a.column_id = t.id) AS articles,
                               (SELECT count(*) FROM portal_column k WHERE k.parent_id = t.id) AS children
                        FROM tree t ORDER BY t.sort""")
                .query(ColumnNode.class).list();
    }

    public ColumnTree columnTree() {
        return new ColumnTree(columns());
    }

    public ColumnNode column(long id) {
        return columnTree().byId(id);
    }

    public Optional<ColumnNode> columnBySlug(String slug) {
        return columnTree().bySlug(slug);
    }

    /** The column that had this URL name before it was changed, when no column has it now. */
    public Optional<ColumnNode> columnFormerlyNamed(String slug) {
        return jdbc.sql("SELECT column_id FROM portal_column_former_slug WHERE slug = :slug").param("slug", slug)
                .query(Long.class).optional().map(this::column);
    }

    /**
     * The back office's listing: any state, filtered by column (with its sub-columns), state as editors read it (live,
     * scheduled, expired …) and text in the title.
     */
    public PageOf<ArticleRow> articles(Long columnId, ArticleState state, String text, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE TRUE");
        Map<String, Object> params = new HashMap<>();
        if (state != null) {
            where.append(" AND ").append(state.condition);
            params.put("now", Timestamp.from(clock.instant()));
        }
        if (columnId != null) {
            where.append(" AND ").append(IN_SUBTREE);
            params.put("column", columnId);
        }
        if (text != null && !text.isBlank()) {
            where.append(" AND (a.title ILIKE :text OR a.subtitle ILIKE :text OR a.author ILIKE :text OR a.source ILIKE :text)");
            params.put("text", LikePatterns.containing(text.strip()));
        }
        long total = jdbc.sql("SELECT count(*) FROM article a" + where).params(params).query(Long.class).single();
        List<ArticleRow> rows = jdbc.sql(ROW + where + " ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", (long) page * size).query(PortalQueries::row).list();
        return new PageOf<>(rows, total, page, size);
    }

    /**
     * The condition that article {@code a} is in column {@code :column} or below it. The columns' ids are gathered first
     * (an array), so that the indexes on the articles' columns and publish times can be used on them.
     */
    private static final String IN_SUBTREE = """
            a.column_id = ANY (ARRAY (WITH RECURSIVE sub AS (SELECT id FROM portal_column WHERE id = :column
                                          UNION ALL SELECT k.id FROM portal_column k JOIN sub ON k.parent_id = sub.id)
                                      SELECT id FROM sub))""";

    /**
     * Live articles, newest first; of one column and its sub-columns when {@code columnId} is given, with a simple
     * title filter when {@code titleFilter} is given.
     */
    public PageOf<ArticleRow> liveArticles(Long columnId, String titleFilter, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE " + LIVE);
        Map<String, Object> params = new HashMap<>();
        params.put("now", Timestamp.from(clock.instant()));
        if (columnId != null) {
            where.append(" AND ").append(IN_SUBTREE);
            params.put("column", columnId);
        }
        if (titleFilter != null && !titleFilter.isBlank()) {
            where.append(" AND a.title ILIKE :text");
            params.put("text", LikePatterns.containing(titleFilter.strip()));
        }
        long total = jdbc.sql("SELECT count(*) FROM article a" + where).params(params).query(Long.class).single();
        return new PageOf<>(newestLive(where.toString(), params, page, size), total, page, size);
    }

    /** The newest live articles of a column and its sub-columns, without counting them all (home page, feeds). */
    public List<ArticleRow> latestLive(long columnId, int size) {
        Map<String, Object> params = new HashMap<>();
        params.put("now", Timestamp.from(clock.instant()));
        params.put("column", columnId);
        return newestLive(" WHERE " + LIVE + " AND " + IN_SUBTREE, params, 0, size);
    }

    /** The newest live articles with a cover picture, for the home page's 图片新闻. */
    public List<PictureNews> latestLiveWithCover(int size) {
        return jdbc.sql("SELECT a.id, a.title, a.cover_file_id, a.cover_alt, a.publish_at FROM article a WHERE " + LIVE
                        + " AND a.cover_file_id IS NOT NULL ORDER BY a.publish_at DESC, a.id DESC LIMIT :limit")
                .param("now", Timestamp.from(clock.instant())).param("limit", size)
                .query((rs, n) -> new PictureNews(rs.getLong("id"), rs.getString("title"),
                        new ArticleCover(rs.getObject("cover_file_id", UUID.class), rs.getString("cover_alt")),
                        instant(rs, "publish_at")))
                .list();
    }

    /** The covers of those of these articles that have one, by article id, for listings. */
    public Map<Long, ArticleCover> covers(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, ArticleCover> covers = new HashMap<>();
        jdbc.sql("SELECT id, cover_file_id, cover_alt FROM article WHERE id IN (:ids) AND cover_file_id IS NOT NULL")
                .param("ids", ids)
                .query((rs, n) -> covers.put(rs.getLong("id"),
                        new ArticleCover(rs.getObject("cover_file_id", UUID.class), rs.getString("cover_alt"))))
                .list();
        return covers;
    }

    /** The bodies of these articles (sanitized HTML), by id, for the feeds. */
    public Map<Long, String> bodies(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> bodies = new HashMap<>();
        jdbc.sql("SELECT id, body_html FROM article WHERE id IN (:ids)").param("ids", ids)
                .query((rs, n) -> bodies.put(rs.getLong("id"), rs.getString("body_html"))).list();
        return bodies;
    }

    private List<ArticleRow> newestLive(String where, Map<String, Object> params, int page, int size) {
        return jdbc.sql(ROW + where + " ORDER BY a.publish_at DESC, a.id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", size).param("offset", (long) page * size).query(PortalQueries::row).list();
    }

    /** Whether an article of this id was deleted after it had been withdrawn (its address answers "gone"). */
    public boolean wasDeleted(long id) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM article_deleted WHERE article_id = :id)").param("id", id)
                .query(Boolean.class).single();
    }

    /** Why the article was last withdrawn, when it is withdrawn now. */
    public Optional<String> withdrawalReason(long id) {
        return jdbc.sql("""
                        SELECT r.reason FROM article_revision r JOIN article a ON a.id = r.article_id
                        WHERE r.article_id = :id AND a.status = 'WITHDRAWN' AND r.note = 'withdrawn'
                        ORDER BY r.id DESC LIMIT 1""")
                .param("id", id).query(String.class).optional();
    }

    /** Any article, for the back office; 404 when there is none. */
    public ArticleDetails article(long id) {
        return find(id).orElseThrow(() -> new NotFoundException("article.error.unknown", id));
    }

    /** An article the public may see now; 404 otherwise, whatever the reason. */
    public ArticleDetails liveArticle(long id) {
        return find(id).filter(ArticleDetails::live).orElseThrow(() -> new NotFoundException("article.error.unknown", id));
    }

    private Optional<ArticleDetails> find(long id) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT * FROM article WHERE id = :id").param("id", id).query((rs, n) -> {
            ArticleStatus status = ArticleStatus.valueOf(rs.getString("status"));
            Instant publishAt = instant(rs, "publish_at");
            Instant expireAt = instant(rs, "expire_at");
            boolean live = status == ArticleStatus.PUBLISHED && publishAt != null && !publishAt.isAfter(now)
                    && (expireAt == null || expireAt.isAfter(now));
            long columnId = rs.getLong("column_id");
            return new ArticleDetails(rs.getLong("id"), columnId, rs.getString("title"), rs.getString("subtitle"),
                    rs.getString("source"), rs.getString("author"), rs.getString("summary"), rs.getString("keywords"),
                    rs.getString("body_html"), rs.getObject("cover_file_id", UUID.class), rs.getString("cover_alt"), status, publishAt, expireAt,
                    rs.getString("origin"), rs.getString("created_by"), instant(rs, "created_at"), rs.getString("updated_by"),
                    instant(rs, "updated_at"), rs.getLong("version"), List.of(), List.of(), live,
                    status == ArticleStatus.PUBLISHED && publishAt != null && publishAt.isAfter(now));
        }).optional().map(a -> a.with(columnTree().trail(a.columnId()), attachments(a.id())));
    }

    public List<AttachmentView> attachments(long articleId) {
        return files.attachments(jdbc.sql("SELECT file_id FROM article_attachment WHERE article_id = :id ORDER BY position")
                .param("id", articleId).query(UUID.class).list());
    }

    /** The live articles just before and after this one in its column, by publish time: [previous, next], either may be null. */
    public List<ArticleRow> neighbours(ArticleDetails article) {
        Map<String, Object> params = Map.of("now", Timestamp.from(clock.instant()), "column", article.columnId(),
                "at", Timestamp.from(article.publishAt()), "id", article.id());
        ArticleRow previous = jdbc.sql(ROW + " WHERE " + LIVE + " AND a.column_id = :column AND (a.publish_at, a.id) < (:at, :id)"
                        + " ORDER BY a.publish_at DESC, a.id DESC LIMIT 1")
                .params(params).query(PortalQueries::row).optional().orElse(null);
        ArticleRow next = jdbc.sql(ROW + " WHERE " + LIVE + " AND a.column_id = :column AND (a.publish_at, a.id) > (:at, :id)"
                        + " ORDER BY a.publish_at, a.id LIMIT 1")
                .params(params).query(PortalQueries::row).optional().orElse(null);
        List<ArticleRow> both = new ArrayList<>();
        both.add(previous);
        both.add(next);
        return both;
    }

    /** Every live article's id, column and last change, for the sitemap. */
    public List<ArticleRow> allLive() {
        return jdbc.sql(ROW + " WHERE " + LIVE + " ORDER BY a.publish_at DESC, a.id DESC")
                .param("now", Timestamp.from(clock.instant())).query(PortalQueries::row).list();
    }

    /**
     * Every saved state of an article, newest first, each with what changed against the one before: a pending
     * revision against the entry before it, any other entry against the article's own state before it.
     */
    public List<RevisionView> history(long articleId) {
        article(articleId);
        Map<Long, String> columnNames = new HashMap<>();
        columns().forEach(c -> columnNames.put(c.id(), c.path()));
        Map<String, String> fileNames = new HashMap<>();
        files.attachments(jdbc.sql("""
                        SELECT DISTINCT jsonb_array_elements_text(r.snapshot -> 'attachments')::uuid FROM article_revision r
                        WHERE r.article_id = :id AND jsonb_typeof(r.snapshot -> 'attachments') = 'array'""")
                .param("id", articleId).query(UUID.class).list())
                .forEach(file -> fileNames.put(file.fileId().toString(), file.name()));
        List<Map<String, Object>> states = jdbc.sql("""
                        SELECT id, status, title, body_html, snapshot::text AS snapshot, note, reason, changed_by, changed_at
                        FROM article_revision WHERE article_id = :id ORDER BY id""")
                .param("id", articleId).query((rs, n) -> {
                    Map<String, Object> state = new LinkedHashMap<>();
                    state.put("id", rs.getLong("id"));
                    state.put("status", rs.getString("status"));
                    state.put("title", rs.getString("title"));
                    state.put("body", rs.getString("body_html"));
                    state.put("snapshot", rs.getString("snapshot"));
                    state.put("note", rs.getString("note"));
                    state.put("reason", rs.getString("reason"));
                    state.put("by", rs.getString("changed_by"));
                    state.put("at", instant(rs, "changed_at"));
                    return state;
                }).list();
        List<RevisionView> views = new ArrayList<>();
        // a pending revision is compared with the entry before it (live or revision); every other entry with the
        // article's own state before it, so that publishing a revision shows what changed for readers
        Map<String, String> previous = null;
        String previousBody = null;
        Map<String, String> previousOwn = null;
        String previousOwnBody = null;
        for (Map<String, Object> state : states) {
            boolean revision = "revision".equals(state.get("note"));
            Map<String, String> before = revision ? previous : previousOwn;
            String bodyBefore = revision ? previousBody : previousOwnBody;
            Map<String, String> fields = fields(state, columnNames, fileNames);
            String body = (String) state.get("body");
            List<RevisionView.FieldChange> changes = new ArrayList<>();
            for (var field : fields.entrySet()) {
                String was = before == null ? "" : before.getOrDefault(field.getKey(), "");
                if (!was.equals(field.getValue())) {
                    changes.add(new RevisionView.FieldChange(field.getKey(), was, field.getValue()));
                }
            }
            boolean bodyChanged = bodyBefore == null || !bodyBefore.equals(body);
            views.add(new RevisionView((Long) state.get("id"), ArticleStatus.valueOf((String) state.get("status")),
                    (String) state.get("note"), (String) state.get("by"), (Instant) state.get("at"), changes, bodyChanged,
                    bodyChanged && bodyBefore != null ? RichText.plainText(bodyBefore) : null,
                    bodyChanged ? RichText.plainText(body) : null, (String) state.get("reason"),
                    bodyChanged ? RevisionDiff.bodies(bodyBefore == null ? "" : bodyBefore, body) : null));
            previous = fields;
            previousBody = body;
            if (!revision) {
                previousOwn = fields;
                previousOwnBody = body;
            }
        }
        Collections.reverse(views);
        return views;
    }

    private Map<String, String> fields(Map<String, Object> state, Map<Long, String> columnNames, Map<String, String> fileNames) {
        JsonNode snapshot = json.readTree((String) state.get("snapshot"));
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("status", (String) state.get("status"));
        fields.put("title", (String) state.get("title"));
        for (String name : List.of("subtitle", "source", "author", "summary", "keywords")) {
            fields.put(name, text(snapshot, name));
        }
        String column = text(snapshot, "columnId");
        fields.put("column", column.isEmpty() ? "" : columnNames.getOrDefault(Long.valueOf(column), column));
        fields.put("publishAt", time(text(snapshot, "publishAt")));
        fields.put("expireAt", time(text(snapshot, "expireAt")));
        fields.put("cover", text(snapshot, "coverFileId"));
        fields.put("coverAlt", text(snapshot, "coverAlt"));
        JsonNode attachments = snapshot.get("attachments");
        List<String> names = new ArrayList<>();
        if (attachments != null && attachments.isArray()) {
            for (JsonNode file : attachments) {
                names.add(fileNames.getOrDefault(file.asString(), file.asString()));
            }
        }
        fields.put("attachments", String.join("、", names));
        return fields;
    }

    private String time(String value) {
        if (value.isEmpty()) {
            return "";
        }
        try {
            return dates.format(Instant.parse(value));
        } catch (RuntimeException e) {
            try {
                double seconds = Double.parseDouble(value);
                return dates.format(Instant.ofEpochMilli(Math.round(seconds * 1000)));
            } catch (NumberFormatException notNumber) {
                return value;
            }
        }
    }

    private static String text(JsonNode snapshot, String name) {
        JsonNode value = snapshot.get(name);
        return value == null || value.isNull() ? "" : value.asString();
    }

    static ArticleRow row(ResultSet rs, int n) throws SQLException {
        return new ArticleRow(rs.getLong("id"), rs.getString("title"), rs.getLong("column_id"), rs.getString("column_name"),
                rs.getString("column_slug"), ArticleStatus.valueOf(rs.getString("status")), instant(rs, "publish_at"),
                instant(rs, "expire_at"), rs.getString("updated_by"), instant(rs, "updated_at"), rs.getString("summary"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
