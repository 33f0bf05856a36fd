package org.citybridge.portal.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.citybridge.portal.ArticleWithdrawn;
import org.citybridge.portal.web.PublicPageCache.PageKey;
import org.citybridge.portal.web.PublicPageCache.RenderedPage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the page cache keeps and drops, apart from the web: withdrawals racing with renders, and its size. */
class PublicPageCacheTest {

    private final PublicPageCache cache = new PublicPageCache(Duration.ofHours(1));

    @Test
    void aPageRenderedWhileTheArticleWasWithdrawnIsNotKept() {
        PageKey key = key(1);
        long seen = cache.changes();
        cache.on(new ArticleWithdrawn(1)); // commits while the page renders
        cache.keep(key, page(100), seen);
        assertThat(cache.rendered(key)).isNull();

        cache.keep(key, page(100), cache.changes());
        assertThat(cache.rendered(key)).isNotNull();
        cache.on(new ArticleWithdrawn(1));
        assertThat(cache.rendered(key)).isNull();
    }

    @Test
    void renderedPagesStayWithinTheirBytes() {
        int megabyte = 1024 * 1024;
        byte[] shared = new byte[megabyte];
        for (int i = 0; i < 100; i++) {
            cache.keep(key(i), new RenderedPage("text/html", Locale.CHINA, List.of(), shared, new byte[0]), cache.changes());
        }
        long kept = 0;
        for (int i = 0; i < 100; i++) {
            kept += cache.rendered(key(i)) == null ? 0 : megabyte;
        }
        assertThat(kept).isPositive().isLessThanOrEqualTo(PublicPageCache.MAX_PAGE_BYTES);
        assertThat(cache.rendered(key(99))).as("the newest is kept").isNotNull();
    }

    private static PageKey key(long article) {
        return new PageKey(article, "medium", "normal", "zh-CN", false);
    }

    private static RenderedPage page(int bytes) {
        return new RenderedPage("text/html;charset=UTF-8", Locale.CHINA, List.of(), new byte[bytes], new byte[0]);
    }
}
