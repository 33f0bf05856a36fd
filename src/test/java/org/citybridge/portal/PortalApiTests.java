package org.citybridge.portal;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.citybridge.files.FilePolicy;
import org.citybridge.files.FileStore;
import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.portal.domain.PortalMedia;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.shared.RuleViolation;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What other modules ask of the portal, answered by the portal's own rules. */
@IntegrationTest
class PortalApiTests {

    @Autowired
    PortalApi portal;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ArticleEditing editing;
    @Autowired
    PortalMedia media;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    FileStore files;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void liveArticlesAreThosePublishedInTheirTimeAndNotWithdrawn() {
        PortalWorld world = new PortalWorld(fixtures, editing, media, jdbc, clock);
        long live = world.live(PortalWorld.title("在线"));
        long draft = world.draft(PortalWorld.title("草稿"));
        long pending = world.pending(PortalWorld.title("待审"));
        long withdrawn = world.withdrawn(PortalWorld.title("撤下"));
        long scheduled = world.scheduled(PortalWorld.title("定时"));
        long expired = world.expired(PortalWorld.title("过期"));

        assertThat(portal.liveArticles(List.of(live, draft, pending, withdrawn, scheduled, expired, Long.MAX_VALUE)))
                .containsExactly(live);
        assertThat(portal.liveArticles(List.of())).isEmpty();
        for (long id : List.of(live, draft, withdrawn, scheduled, expired)) {
            assertThat(portal.liveArticles(List.of(id)).contains(id)).as("the same rule as the article link, for " + id)
                    .isEqualTo(portal.articleLink(id).orElseThrow().live());
        }
    }

    @Test
    void anArticleAdoptedAsADraftWaitsForAnEditorAndMayShowOnlyPicturesItsAdopterSees() {
        PortalWorld world = new PortalWorld(fixtures, editing, media, jdbc, clock);
        TransactionTemplate transactions = new TransactionTemplate(transactionManager);
        UUID picture = world.picture();
        String title = PortalWorld.title("会后报道");
        String body = "<p>来自3个城市的5名代表参加会议。</p><figure><img src=\"/media/" + picture + "\" alt=\"合影\"><figcaption>合影</figcaption></figure>";

        long id = fixtures.asAdmin(() -> transactions.execute(status -> portal.draftAdopted(
                world.draft("liaison-work", title, body, null, null), "event:7")));

        ArticleLink link = portal.articleLink(id).orElseThrow();
        assertThat(link.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(link.live()).isFalse();
        assertThat(link.editUrl()).isEqualTo("/admin/portal/articles/" + id + "/edit");
        assertThat(jdbc.sql("SELECT note FROM article_revision WHERE article_id = :id").param("id", id).query(String.class).list())
                .containsExactly("event:7");
        assertThat(jdbc.sql("SELECT file_id FROM article_media WHERE article_id = :id").param("id", id).query(UUID.class).list())
                .containsExactly(picture);

        UUID unseen = fixtures.asAdmin(() -> transactions.execute(status ->
                files.store("elsewhere.png", PortalWorld.PNG, FilePolicy.IMAGES, "file").id()));
        assertThatThrownBy(() -> fixtures.asAdmin(() -> transactions.execute(status -> portal.draftAdopted(
                world.draft("liaison-work", PortalWorld.title("外来图片"), "<p>正文</p><img src=\"/media/" + unseen + "\" alt=\"x\">",
                        null, null), "event:7"))))
                .isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.messageKey()).isEqualTo("article.error.foreignPicture"));
        assertThatThrownBy(() -> Fixtures.as(new Actor("liaison", Role.LIAISON, "510100", null, null), () -> transactions.execute(
                status -> portal.draftAdopted(world.draft("liaison-work", PortalWorld.title("联络员"), "<p>正文</p>", null, null), "event:7"))))
                .isInstanceOf(AccessDeniedException.class);
    }
}

