package org.citybridge.portal.domain;

import java.time.Instant;
import java.util.UUID;

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
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
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
 * <p>Full-text indexed (Hibernate Search, see {@link SearchAnalysis}): title, body text, summary and keywords each
 * twice, with smartcn words ({@code chinese}) and with CJK bigrams ({@code cjk_bigram}, finds 深圳 inside 深圳市);
 * status and times are indexed so that only live articles are found, checked at query time.
 */
@Entity
@Table(name = "article")
@Indexed(index = "article")
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @GenericField(projectable = Projectable.YES)
    private long columnId;
    @FullTextField(name = "title", analyzer = SearchAnalysis.CHINESE)
    @FullTextField(name = "title_bigram", analyzer = SearchAnalysis.CJK_BIGRAM, searchAnalyzer = SearchAnalysis.CJK_BIGRAM_QUERY,
            projectable = Projectable.YES, highlightable = Highlightable.PLAIN)
    private String title;
    private String subtitle;
    private String source;
    private String author;
    @FullTextField(name = "summary", analyzer = SearchAnalysis.CHINESE)
    @FullTextField(name = "summary_bigram", analyzer = SearchAnalysis.CJK_BIGRAM, searchAnalyzer = SearchAnalysis.CJK_BIGRAM_QUERY)
    private String summary;
    @FullTextField(name = "keywords", analyzer = SearchAnalysis.CHINESE)
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

    /** The body as plain text, for the search index (its highlighted snippets are built from it). */
    @FullTextField(name = "body", analyzer = SearchAnalysis.CHINESE)
    @FullTextField(name = "body_bigram", analyzer = SearchAnalysis.CJK_BIGRAM, searchAnalyzer = SearchAnalysis.CJK_BIGRAM_QUERY,
            highlightable = Highlightable.PLAIN)
    @IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "bodyHtml")),
            reindexOnUpdate = ReindexOnUpdate.DEFAULT)
    String getBodyText() {
        return RichText.plainText(bodyHtml);
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
