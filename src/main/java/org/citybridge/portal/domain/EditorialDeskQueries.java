package org.citybridge.portal.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.citybridge.portal.ArticleStatus;
import org.citybridge.portal.EditorialDesk;
import org.citybridge.portal.EditorialHome;
import org.citybridge.portal.EditorialHome.Item;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Actors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An editor's portal work for their home page: drafts, returned articles, the review queue, their articles in review
 * and their pending revisions.
 */
@Service
@Transactional(readOnly = true)
class EditorialDeskQueries implements EditorialDesk {

    private final JdbcClient jdbc;
    private final ReviewQueue queue;
    private final ReviewStore store;

    EditorialDeskQueries(JdbcClient jdbc, ReviewQueue queue, ReviewStore store) {
        this.jdbc = jdbc;
        this.queue = queue;
        this.store = store;
    }

    @Override
    public Optional<EditorialHome> forCurrentActor() {
        Actor actor = Actors.currentOrSystem();
        if (!PortalAccess.isEditorial(actor)) {
            return Optional.empty();
        }
        String me = actor.username().toLowerCase(Locale.ROOT);
        List<Long> returnedIds = queue.mine(ReviewStatus.State.RETURNED, SHOWN);
        List<Long> underReviewIds = queue.mine(ReviewStatus.State.IN_REVIEW, SHOWN);
        List<Long> draftIds = jdbc.sql("""
                        SELECT a.id FROM article a
                        WHERE a.status = 'DRAFT' AND lower(a.created_by) = :me AND (a.id NOT IN (:returned))
                        ORDER BY a.updated_at DESC, a.id DESC LIMIT :limit""")
                .param("me", me).param("returned", returnedIds.isEmpty() ? List.of(-1L) : returnedIds).param("limit", SHOWN)
                .query(Long.class).list();
        List<ReviewQueue.Item> waiting = queue.waitingForMe();
        List<Item> oldest = waiting.stream().limit(SHOWN).map(w -> new Item(w.articleId(), w.title(), w.columnName(),
                "review.status.level" + w.level(), w.levelSince(), null, "/admin/portal/review/" + w.articleId())).toList();
        return Optional.of(new EditorialHome(items(draftIds), items(returnedIds), waiting.size(), oldest, items(underReviewIds),
                revisions(me)));
    }

    /** The pending revisions of published articles the editor edited or wrote, latest first, with their review state. */
    private List<Item> revisions(String me) {
        List<Item> rows = jdbc.sql("""
                        SELECT p.article_id, coalesce(p.draft ->> 'title', a.title) AS title, c.name AS column_name, p.edited_at
                        FROM article_pending_revision p JOIN article a ON a.id = p.article_id
                             JOIN portal_column c ON c.id = a.column_id
                        WHERE a.status = 'PUBLISHED' AND (lower(p.edited_by) = :me OR lower(a.created_by) = :me)
                        ORDER BY p.edited_at DESC, p.article_id DESC LIMIT :limit""")
                .param("me", me).param("limit", SHOWN)
                .query((rs, n) -> new Item(rs.getLong("article_id"), rs.getString("title"), rs.getString("column_name"), null,
                        rs.getTimestamp("edited_at").toInstant(), null, "/admin/portal/articles/" + rs.getLong("article_id") + "/edit"))
                .list();
        Map<Long, ReviewStatus> reviews = store.statuses(rows.stream().map(Item::id).toList());
        return rows.stream().map(row -> {
            ReviewStatus review = reviews.get(row.id());
            String key = ReviewStatus.revisionKey(ArticleStatus.PUBLISHED, review);
            if (key == null) {
                return new Item(row.id(), row.title(), row.columnName(), "article.revision.notSubmitted", row.at(), null, row.href());
            }
            return review.returned()
                    ? new Item(row.id(), row.title(), row.columnName(), key, review.returnedAt(), review.returnedComment(), row.href())
                    : new Item(row.id(), row.title(), row.columnName(), key, review.levelSince(), null, row.href());
        }).toList();
    }

    /** The articles in the order of the ids, each with its state as the lists show it. */
    private List<Item> items(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ReviewStatus> reviews = store.statuses(ids);
        List<Item> rows = jdbc.sql("""
                        SELECT a.id, a.title, c.name AS column_name, a.status, a.updated_at
                        FROM article a JOIN portal_column c ON c.id = a.column_id WHERE a.id IN (:ids)""")
                .param("ids", ids)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    ReviewStatus review = reviews.get(id);
                    ArticleStatus status = ArticleStatus.valueOf(rs.getString("status"));
                    boolean returned = review != null && review.returned() && status == ArticleStatus.DRAFT;
                    boolean waiting = review != null && review.inReview() && status == ArticleStatus.PENDING;
                    return new Item(id, rs.getString("title"), rs.getString("column_name"), ReviewStatus.labelKey(status, review),
                            returned ? review.returnedAt() : waiting ? review.levelSince() : rs.getTimestamp("updated_at").toInstant(),
                            returned ? review.returnedComment() : null, "/admin/portal/articles/" + id + "/edit");
                }).list();
        List<Item> ordered = new ArrayList<>(rows);
        ordered.sort((a, b) -> Integer.compare(ids.indexOf(a.id()), ids.indexOf(b.id())));
        return ordered;
    }
}
