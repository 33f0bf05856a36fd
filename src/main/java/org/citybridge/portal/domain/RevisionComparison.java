package org.citybridge.portal.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.citybridge.files.AttachmentView;
import org.citybridge.platform.Dates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A published article's pending revision beside the live version readers see: what it changes, field by field and in the body. */
@Service
@Transactional(readOnly = true)
public class RevisionComparison {

    /**
     * @param changes  the fields the revision changes, as the history shows them (before: live, after: revision)
     * @param bodyDiff the body's change by words and pictures as safe HTML ({@link RevisionDiff}), null when unchanged
     */
    public record Comparison(ArticleDetails live, ArticleDetails revision, List<RevisionView.FieldChange> changes,
                             String bodyDiff) {
    }

    private final PortalQueries queries;
    private final ArticlePreviews previews;
    private final PendingRevisions revisions;
    private final PortalAccess access;
    private final Dates dates;

    RevisionComparison(PortalQueries queries, ArticlePreviews previews, PendingRevisions revisions, PortalAccess access,
                       Dates dates) {
        this.queries = queries;
        this.previews = previews;
        this.revisions = revisions;
        this.access = access;
        this.dates = dates;
    }

    /** The comparison, or empty when the article has no pending revision. */
    public Optional<Comparison> of(long articleId) {
        access.requireEditorial();
        if (revisions.find(articleId).isEmpty()) {
            return Optional.empty();
        }
        ArticleDetails live = queries.article(articleId);
        ArticleDetails revision = previews.asEdited(articleId);
        Map<String, String> before = fields(live);
        Map<String, String> after = fields(revision);
        List<RevisionView.FieldChange> changes = new ArrayList<>();
        before.forEach((field, was) -> {
            if (!was.equals(after.get(field))) {
                changes.add(new RevisionView.FieldChange(field, was, after.get(field)));
            }
        });
        String bodyDiff = Objects.equals(live.bodyHtml(), revision.bodyHtml()) ? null
                : RevisionDiff.bodies(live.bodyHtml() == null ? "" : live.bodyHtml(), revision.bodyHtml());
        return Optional.of(new Comparison(live, revision, changes, bodyDiff));
    }

    /** The fields as the history names and shows them: the column by its path, times as YYYY-MM-DD HH:MM, the cover as its file id. */
    private Map<String, String> fields(ArticleDetails article) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", text(article.title()));
        fields.put("column", article.columnPath());
        fields.put("subtitle", text(article.subtitle()));
        fields.put("source", text(article.source()));
        fields.put("author", text(article.author()));
        fields.put("summary", text(article.summary()));
        fields.put("keywords", text(article.keywords()));
        fields.put("publishAt", time(article.publishAt()));
        fields.put("expireAt", time(article.expireAt()));
        fields.put("cover", article.coverFileId() == null ? "" : article.coverFileId().toString());
        fields.put("coverAlt", text(article.coverAlt()));
        fields.put("attachments", article.attachments().stream().map(AttachmentView::name).collect(Collectors.joining("、")));
        return fields;
    }

    private String time(Instant at) {
        return at == null ? "" : dates.format(at);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
