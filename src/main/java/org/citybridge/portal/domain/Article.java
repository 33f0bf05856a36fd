package org.citybridge.portal.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.citybridge.platform.html.RichText;
import org.citybridge.portal.ArticleDraft;
import org.citybridge.portal.ArticleStatus;
import org.citybridge.shared.RuleViolation;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;

/**
 * An article of the public site. Its hit count is kept elsewhere, so saving an article never touches it.
 *
 * <p>Full-text indexed (Hibernate Search, see {@link SearchAnalysis}) with CJK bigrams ({@code cjk_bigram}, finds 深圳
 * inside 深圳市): title, keywords, summary and body text together in one field that every search matches against
 * ({@code text_bigram}), title and keywords also alone for the relevance of a match there; the title and the body's
 * plain text are stored for the results and their snippets. Status and times are indexed so that only live articles
 * are found, checked at query time. {@link #SEARCH_MAPPING} tells which of these mappings built an index.
 */
@Entity
@Table(name = "article")
@Indexed(index = "article")
class Article {

    /**
     * The version of the index mapping above: raise it whenever an indexed field or its analysis changes, and an
     * index built by another version is rebuilt when the application starts ({@code ArticleSearching}).
     */
    static final int SEARCH_MAPPING = 2;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @GenericField(projectable = Projectable.YES)
    private long columnId;
    @FullTextField(name = "title_bigram", analyzer = SearchAnalysis.CJK_BIGRAM, searchAnalyzer = SearchAnalysis.CJK_BIGRAM_QUERY,
            projectable = Projectable.YES)
    private String title;
    private String subtitle;
    private String source;
    private String author;
    private String summary;
    @FullTextField(name = "keywords_bigram", analyzer = SearchAnalysis.CJK_BIGRAM, searchAnalyzer = SearchAnalysis.CJK_BIGRAM_QUERY)
    private String keywords;
    private String bodyHtml;
    private UUID coverFileId;
    private String coverAlt;
    @Enumerated(EnumType.STRING)
    @KeywordField
    private ArticleStatus status;
    @GenericField(projectable = Projectable.YES)
    private Instant publishAt;
    /** Indexed as the far future when it never expires, so "not yet expired" is one range. */
    @GenericField(indexNullAs = SearchAnalysis.NEVER)
    private Instant expireAt;
    private String origin;
    private String createdBy;
    private Instant createdAt;
    private String updatedBy;
    private Instant updatedAt;
    @Version
    private long version;

    protected Article() {
    }

    Article(ArticleDraft draft, String safeBody, String origin, String by, Instant now) {
        this.origin = origin;
        this.createdBy = by;
        this.createdAt = now;
        this.status = ArticleStatus.DRAFT;
        revise(draft, safeBody, by, now);
    }

    /** Takes the draft's content; the body must already be sanitized. */
    void revise(ArticleDraft draft, String safeBody, String by, Instant now) {
        this.columnId = draft.columnId();
        this.title = draft.title().strip();
        this.subtitle = blankToNull(draft.subtitle());
        this.source = blankToNull(draft.source());
        this.author = blankToNull(draft.author());
        this.summary = blankToNull(draft.summary());
        this.keywords = blankToNull(draft.keywords());
        this.bodyHtml = safeBody;
        this.coverFileId = draft.coverFileId();
        this.coverAlt = coverFileId == null ? null : blankToNull(draft.coverAlt());
        this.publishAt = draft.publishAt();
        this.expireAt = draft.expireAt();
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** Puts it in another column, in whatever state it is. */
    void moveToColumn(long column, String by, Instant now) {
        this.columnId = column;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** Asks for review: from a draft or a withdrawn article. */
    void submitForReview(String by, Instant now) {
        requireStatus(ArticleStatus.DRAFT, ArticleStatus.WITHDRAWN);
        moveTo(ArticleStatus.PENDING, by, now);
    }

    /** Sends an article under review back to its author as a draft. */
    void returnToDraft(String by, Instant now) {
        requireStatus(ArticleStatus.PENDING);
        moveTo(ArticleStatus.DRAFT, by, now);
    }

    /** Puts it on the site, at its publish time if that is later. */
    void publish(String by, Instant now) {
        requireStatus(ArticleStatus.DRAFT, ArticleStatus.PENDING, ArticleStatus.WITHDRAWN);
        if (publishAt == null) {
            publishAt = now;
        }
        moveTo(ArticleStatus.PUBLISHED, by, now);
    }

    /** Takes it off the site; its URL answers 404 to the public from now on. */
    void withdraw(String by, Instant now) {
        requireStatus(ArticleStatus.PUBLISHED);
        moveTo(ArticleStatus.WITHDRAWN, by, now);
    }

    private void requireStatus(ArticleStatus... allowed) {
        for (ArticleStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw RuleViolation.of("article.error.transition", status.name());
    }

    private void moveTo(ArticleStatus next, String by, Instant now) {
        this.status = next;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    Long id() {
        return id;
    }

    /** The body as plain text, stored in the search index for the snippets of the results. */
    @GenericField(name = "body_text", searchable = Searchable.NO, projectable = Projectable.YES)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "bodyHtml")))
    String getBodyText() {
        return RichText.plainText(bodyHtml);
    }

    /**
     * Everything a search matches against, as separate values of one field (no pair of characters spans two of them):
     * one field per word lets Lucene skip through the postings of a conjunction instead of joining eight fields.
     */
    @FullTextField(name = "text_bigram", analyzer = SearchAnalysis.CJK_BIGRAM, searchAnalyzer = SearchAnalysis.CJK_BIGRAM_QUERY)
    @IndexingDependency(derivedFrom = {@ObjectPath(@PropertyValue(propertyName = "title")),
            @ObjectPath(@PropertyValue(propertyName = "keywords")), @ObjectPath(@PropertyValue(propertyName = "summary")),
            @ObjectPath(@PropertyValue(propertyName = "bodyHtml"))})
    List<String> getSearchText() {
        return Stream.of(title, keywords, summary, getBodyText()).filter(Objects::nonNull).toList();
    }

    /** Which mapping indexed this article: {@link #SEARCH_MAPPING}. */
    @GenericField(name = "search_mapping")
    @IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
    int getSearchMapping() {
        return SEARCH_MAPPING;
    }

    long columnId() {
        return columnId;
    }

    String title() {
        return title;
    }

    String bodyHtml() {
        return bodyHtml;
    }

    ArticleStatus status() {
        return status;
    }

    Instant publishAt() {
        return publishAt;
    }

    Instant expireAt() {
        return expireAt;
    }

    String subtitle() {
        return subtitle;
    }

    String source() {
        return source;
    }

    String author() {
        return author;
    }

    String summary() {
        return summary;
    }

    String keywords() {
        return keywords;
    }

    UUID coverFileId() {
        return coverFileId;
    }

    String coverAlt() {
        return coverAlt;
    }

    String origin() {
        return origin;
    }

    long version() {
        return version;
    }

    String createdBy() {
        return createdBy;
    }

    String updatedBy() {
        return updatedBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
