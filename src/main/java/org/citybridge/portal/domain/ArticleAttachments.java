package org.citybridge.portal.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The files offered under an article, in their order. */
@Component
class ArticleAttachments {

    private final JdbcClient jdbc;

    ArticleAttachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes these files, each once and in this order, the article's attachments. */
    void replace(long articleId, List<UUID> files) {
        jdbc.sql("DELETE FROM article_attachment WHERE article_id = :id").param("id", articleId).update();
        int position = 0;
        for (UUID file : new LinkedHashSet<>(files)) {
            jdbc.sql("INSERT INTO article_attachment (article_id, file_id, position) VALUES (:a, :f, :p)")
                    .param("a", articleId).param("f", file).param("p", ++position).update();
        }
    }
}
