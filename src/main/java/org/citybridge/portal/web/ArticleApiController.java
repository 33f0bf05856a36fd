package org.citybridge.portal.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.citybridge.portal.ArticleHits;
import org.citybridge.portal.ArticleSearch;
import org.citybridge.portal.domain.ArticleDetails;
import org.citybridge.portal.domain.ArticleRow;
import org.citybridge.portal.domain.ColumnNode;
import org.citybridge.portal.domain.PortalQueries;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.PageOf;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public site's live articles for other sites and apps; no sign-in needed. */
@RestController
@RequestMapping("/api/v1/articles")
class ArticleApiController {

    static final int MAX_SIZE = 100;

    private final PortalQueries queries;
    private final ArticleHits hits;
    private final ArticleSearch search;

    ArticleApiController(PortalQueries queries, ArticleHits hits, ArticleSearch search) {
        this.queries = queries;
        this.hits = hits;
        this.search = search;
    }

    /** @param snippetHtml for a search, the matching passage with the words marked (escaped HTML); otherwise null */
    record ArticleItem(long id, String title, String column, String columnSlug, Instant publishAt, String summary,
                       String snippetHtml, String url) {
    }

    record ColumnRef(long id, String slug, String name) {
    }

    record AttachmentItem(UUID id, String name, String contentType, long size, String url) {
    }

    record ArticleBody(long id, String title, String subtitle, String source, String author, String summary,
                       String keywords, Instant publishAt, Instant expireAt, List<ColumnRef> columnPath, String bodyHtml,
                       String coverUrl, List<AttachmentItem> attachments, long hits, String url) {
    }

    /** One page of articles; {@code page} from 1 ({@link PublicPaging}), {@code pages} the number of pages. */
    record ArticleList(List<ArticleItem> items, long total, int page, int size, int pages) {
    }

    /**
     * Live articles, newest first.
     *
     * @param column a column's slug or id (its sub-columns included)
     * @param q      words to search for (Chinese full text over title, body, summary and keywords); the results
     *               then come by relevance
     * @param page   from 1; a page past the last answers 404
     */
    @GetMapping
    ArticleList list(@RequestParam(required = false) String column, @RequestParam(required = false) String q,
                     @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
        int index = PublicPaging.index(page);
        int pageSize = Math.min(Math.max(size, 1), MAX_SIZE);
        Long columnId = null;
        if (column != null && !column.isBlank()) {
            ColumnNode found = (column.matches("\\d+")
                    ? queries.columns().stream().filter(c -> c.id() == Long.parseLong(column)).findFirst()
                    : queries.columnBySlug(column)).orElseThrow(() -> new NotFoundException("column.error.unknown", column));
            columnId = found.id();
        }
        if (q != null && !q.isBlank()) {
            ArticleSearch.Results found = search.search(new ArticleSearch.Query(q, columnId, null, null, page, pageSize));
            PublicPaging.requireWithin(page, found.totalPages());
            return new ArticleList(found.hits().stream()
                    .map(h -> new ArticleItem(h.id(), h.title(), h.columnName(), null, h.publishAt(), null, h.snippetHtml(), h.url()))
                    .toList(), found.total(), page, found.query().size(), found.totalPages());
        }
        PageOf<ArticleRow> rows = queries.liveArticles(columnId, null, index, pageSize);
        PublicPaging.requireWithin(page, rows.pages());
        return new ArticleList(rows.items().stream()
                .map(r -> new ArticleItem(r.id(), r.title(), r.columnName(), r.columnSlug(), r.publishAt(), r.summary(), null,
                        "/article/" + r.id() + ".html"))
                .toList(), rows.total(), page, rows.size(), rows.pages());
    }

    /** A live article with its body, column path, attachments and hit count; 404 for anything not live. */
    @GetMapping("/{id}")
    ArticleBody article(@PathVariable long id) {
        ArticleDetails a = queries.liveArticle(id);
        return new ArticleBody(a.id(), a.title(), a.subtitle(), a.source(), a.author(), a.summary(), a.keywords(),
                a.publishAt(), a.expireAt(), a.trail().stream().map(c -> new ColumnRef(c.id(), c.slug(), c.name())).toList(),
                a.bodyHtml(), a.coverFileId() == null ? null : "/media/" + a.coverFileId(),
                a.attachments().stream().map(f -> new AttachmentItem(f.fileId(), f.name(), f.contentType(), f.size(),
                        "/articles/" + a.id() + "/files/" + f.fileId())).toList(),
                hits.hits(a.id()), "/article/" + a.id() + ".html");
    }
}
