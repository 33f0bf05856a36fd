package org.citybridge.portal.domain;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

import org.citybridge.portal.PortalTesting;
import org.citybridge.portal.hits.BufferedArticleHits;
import org.citybridge.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ArticleSavingKeepsHitsTests {

    @Autowired
    ApplicationContext context;
    @Autowired
    ArticleRepository articles;
    @Autowired
    BufferedArticleHits hits;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorSavingTheArticleNeverChangesItsHits() {
        long id = PortalTesting.publish(context, "联络工作", "<p>联络员工作会议</p>");
        for (int i = 0; i < 5; i++) {
            hits.record(id);
        }
        hits.flush();

        // the editor opened the article before more views were written, and saves after
        tx.executeWithoutResult(status -> {
            Article article = articles.findById(id).orElseThrow();
            for (int i = 0; i < 7; i++) {
                hits.record(id);
            }
            CompletableFuture.runAsync(hits::flush).join(); // the flusher's own thread and connection
            article.revise(PortalTesting.draft(article.columnId(), "联络工作（修订）", "<p>修订后的正文</p>", article.publishAt(), null),
                    "<p>修订后的正文</p>", "editor", Instant.now());
            articles.saveAndFlush(article);
        });

        assertThat(articles.findById(id).orElseThrow().title()).isEqualTo("联络工作（修订）");
        assertThat(jdbc.sql("SELECT hits FROM article_hits WHERE article_id = :id").param("id", id).query(Long.class).single())
                .isEqualTo(12L);
        assertThat(hits.hits(id)).isEqualTo(12);
    }
}
