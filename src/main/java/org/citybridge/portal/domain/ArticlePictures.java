package org.citybridge.portal.domain;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.citybridge.files.FileAccessRule;
import org.citybridge.files.MediaReferences;
import org.citybridge.shared.Actor;
import org.citybridge.shared.RuleViolation;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pictures that belong to an article's body ({@code article_media}). Only these are shown through the article
 * ({@link PortalMedia}); a body that merely names another file's id ({@code /media/{id}}) shows nothing. A picture may
 * become an article's when it was uploaded through the editor, already belongs to the article, or, for an article
 * adopted from elsewhere, when the adopting person may see it through its own module (a city report's pictures).
 */
@Component
class ArticlePictures {

    private final JdbcClient jdbc;
    private final List<FileAccessRule> rules;

    ArticlePictures(JdbcClient jdbc, List<FileAccessRule> rules) {
        this.jdbc = jdbc;
        this.rules = rules;
    }

    /**
     * The pictures an editor's body uses, each checked: uploaded through the editor or already the article's.
     *
     * @param articleId null for a new article
     * @return a violation of {@code bodyHtml} for the first picture that may not be used, or null
     */
    RuleViolation checkWritten(Long articleId, String safeBody) {
        return referenced(safeBody).stream()
                .filter(file -> !isPortalUpload(file) && !(articleId != null && belongsTo(articleId, file)))
                .findFirst().map(file -> new RuleViolation("bodyHtml", "article.error.foreignPicture", file))
                .orElse(null);
    }

    /** The pictures an adopted body uses, each one the adopting actor may see already (here or in its own module). */
    RuleViolation checkAdopted(String safeBody, Actor actor) {
        Predicate<UUID> visible = file -> rules.stream().anyMatch(rule -> rule.allows(file, actor));
        return referenced(safeBody).stream().filter(visible.negate()).findFirst()
                .map(file -> new RuleViolation("bodyHtml", "article.error.foreignPicture", file)).orElse(null);
    }

    /** Makes the pictures the (checked) body uses the article's, and no others. */
    void keep(long articleId, String safeBody) {
        jdbc.sql("DELETE FROM article_media WHERE article_id = :id").param("id", articleId).update();
        for (UUID file : referenced(safeBody)) {
            jdbc.sql("INSERT INTO article_media (article_id, file_id) VALUES (:a, :f) ON CONFLICT DO NOTHING")
                    .param("a", articleId).param("f", file).update();
        }
    }

    private static Set<UUID> referenced(String body) {
        return MediaReferences.in(body);
    }

    private boolean isPortalUpload(UUID file) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM portal_media WHERE file_id = :f)").param("f", file)
                .query(Boolean.class).single();
    }

    private boolean belongsTo(long articleId, UUID file) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM article_media WHERE article_id = :a AND file_id = :f)")
                .param("a", articleId).param("f", file).query(Boolean.class).single();
    }
}
