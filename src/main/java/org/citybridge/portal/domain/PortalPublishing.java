package org.citybridge.portal.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.citybridge.platform.html.RichText;
import org.citybridge.portal.ArticleDraft;
import org.citybridge.portal.ArticleLink;
import org.citybridge.portal.ArticlePublished;
import org.citybridge.portal.ArticleStatus;
import org.citybridge.portal.ColumnView;
import org.citybridge.portal.PortalApi;
import org.citybridge.shared.Actor;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleViolations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The public site's columns, and the articles other modules adopt: published at once, or as drafts for an editor. */
@Service
class PortalPublishing implements PortalApi {

    /** Well below PostgreSQL's limit of bind parameters in one statement. */
    private static final int IDS_PER_QUERY = 10_000;

    private final JdbcClient jdbc;
    private final ArticleAttachments attachments;
    private final ArticlePictures pictures;
    private final PortalAccess access;
    private final ArticleRepository articles;
    private final ArticleJournal journal;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PortalPublishing(JdbcClient jdbc, PortalAccess access, ArticleRepository articles, ArticleJournal journal,
                     ArticleAttachments attachments, ArticlePictures pictures, ApplicationEventPublisher events, Clock clock) {
        this.attachments = attachments;
        this.pictures = pictures;
        this.jdbc = jdbc;
        this.access = access;
        this.articles = articles;
        this.journal = journal;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ColumnView> columns() {
        return jdbc.sql("""
                        WITH RECURSIVE tree AS (
                            SELECT id, parent_id, slug, name, name AS path, 0 AS depth, ARRAY[position, id] AS sort
                            FROM portal_column WHERE parent_id IS NULL
                            UNION ALL
                            SELECT c.id, c.parent_id, c.slug, c.name, t.path || ' > ' || c.name, t.depth + 1, t.sort || ARRAY[c.position, c.id]
                            FROM portal_column c JOIN tree t ON c.parent_id = t.id)
                        SELECT id, parent_id, slug, name, path, depth FROM tree ORDER BY sort""")
                .query(ColumnView.class).list();
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long publishAdopted(ArticleDraft draft, String origin) {
        long id = saveAdopted(draft, origin, true);
        events.publishEvent(new ArticlePublished(id));
        return id;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long draftAdopted(ArticleDraft draft, String origin) {
        return saveAdopted(draft, origin, false);
    }

    /** Checks and saves an article adopted from elsewhere, published at once or left a draft, with its first revision. */
    private long saveAdopted(ArticleDraft draft, String origin, boolean publish) {
        Actor actor = access.requireEditorial();
        check(draft);
        String body = RichText.sanitize(draft.bodyHtml());
        RuleViolation foreignPicture = pictures.checkAdopted(body, actor);
        if (foreignPicture != null) {
            throw foreignPicture;
        }
        Instant now = clock.instant();
        Article article = articles.save(new Article(draft, body, origin, actor.username(), now));
        if (publish) {
            article.publish(actor.username(), now);
        }
        articles.flush();
        attachments.replace(article.id(), draft.attachments());
        pictures.keep(article.id(), body);
        journal.record(article, origin, actor.username(), now);
        return article.id();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ArticleLink> articleLink(long articleId) {
        return jdbc.sql("SELECT a.id, a.status, " + PortalQueries.LIVE + " AS live FROM article a WHERE a.id = :id")
                .param("id", articleId).param("now", Timestamp.from(clock.instant()))
                .query((rs, n) -> new ArticleLink(rs.getLong("id"), "/article/" + rs.getLong("id") + ".html", rs.getBoolean("live"),
                        ArticleStatus.valueOf(rs.getString("status")), "/admin/portal/articles/" + rs.getLong("id") + "/edit"))
                .optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> liveArticles(Collection<Long> articleIds) {
        List<Long> ids = List.copyOf(articleIds);
        Timestamp now = Timestamp.from(clock.instant());
        Set<Long> live = new HashSet<>();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            live.addAll(jdbc.sql("SELECT a.id FROM article a WHERE a.id IN (:ids) AND " + PortalQueries.LIVE)
                    .param("ids", ids.subList(from, Math.min(from + IDS_PER_QUERY, ids.size()))).param("now", now)
                    .query(Long.class).list());
        }
        return live;
    }

    void check(ArticleDraft draft) {
        List<RuleViolation> problems = new ArrayList<>();
        if (draft.title() == null || draft.title().isBlank()) {
            problems.add(new RuleViolation("title", "article.error.titleRequired"));
        } else if (draft.title().strip().length() > 200) {
            problems.add(new RuleViolation("title", "article.error.tooLong", 200));
        }
        if (RichText.plainText(draft.bodyHtml()).isEmpty()) {
            problems.add(new RuleViolation("bodyHtml", "article.error.bodyRequired"));
        }
        boolean columnExists = jdbc.sql("SELECT EXISTS (SELECT 1 FROM portal_column WHERE id = :id)")
                .param("id", draft.columnId()).query(Boolean.class).single();
        if (!columnExists) {
            problems.add(new RuleViolation("columnId", "article.error.unknownColumn"));
        }
        if (draft.expireAt() != null && draft.publishAt() != null && !draft.expireAt().isAfter(draft.publishAt())) {
            problems.add(new RuleViolation("expireAt", "article.error.expiryBeforePublish"));
        }
        RuleViolations.throwIfAny(problems);
    }
}
