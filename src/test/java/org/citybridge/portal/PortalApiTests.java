package org.citybridge.portal;

import java.time.Clock;
import java.util.List;

import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.portal.domain.PortalMedia;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

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
}
