package org.citybridge.portal.hits;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.citybridge.portal.ArticleHits;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Writes every view straight to the database as {@code hits = hits + 1}: exact, one statement per view. */
@Component
class DirectArticleHits implements ArticleHits {

    private final JdbcClient jdbc;

    DirectArticleHits(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(long articleId) {
        jdbc.sql("INSERT INTO article_hits (article_id, hits) VALUES (:id, 1) ON CONFLICT (article_id) DO UPDATE SET hits = article_hits.hits + 1")
                .param("id", articleId).update();
    }

    @Override
    public long hits(long articleId) {
        return jdbc.sql("SELECT hits FROM article_hits WHERE article_id = :id").param("id", articleId).query(Long.class)
                .optional().orElse(0L);
    }

    @Override
    public Map<Long, Long> hits(Collection<Long> articleIds) {
        Map<Long, Long> counts = new HashMap<>();
        articleIds.forEach(id -> counts.put(id, 0L));
        if (!articleIds.isEmpty()) {
            jdbc.sql("SELECT article_id, hits FROM article_hits WHERE article_id IN (:ids)").param("ids", articleIds)
                    .query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2))).list();
        }
        return counts;
    }
}
