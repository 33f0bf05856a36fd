package org.citybridge.portal.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citybridge.portal.ArticlePublished;
import org.citybridge.portal.ArticleWithdrawn;
import org.citybridge.portal.SiteSettingsChanged;
import org.citybridge.portal.domain.ColumnsChanged;
import org.citybridge.portal.web.PublicPageCache.PageKey;
import org.citybridge.portal.web.PublicPageCache.RenderedPage;
import org.citybridge.support.MutableClock;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the page cache keeps and drops, apart from the web: withdrawals racing with renders, its size, its max age by
 * the application's clock, and the time a page is said to have last changed.
 */
class PublicPageCacheTest {

    private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

    private final MutableClock clock = new MutableClock(START, ZoneId.of("Asia/Shanghai"));
    private final PublicPageCache cache = new PublicPageCache(clock, Duration.ofHours(1));

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
    void everyPublishAndColumnChangeDropsEveryPage() {
        PageKey home = new PageKey("/", "medium", "normal", "zh-CN", false);
        PageKey column = new PageKey("/column/news?page=2", "large", "normal", "en", false);
        cache.keep(home, page(100), cache.changes());
        cache.keep(column, page(100), cache.changes());
        cache.on(new ArticlePublished(7));
        assertThat(cache.rendered(home)).isNull();
        assertThat(cache.rendered(column)).isNull();

        cache.keep(home, page(100), cache.changes());
        long seen = cache.changes();
        cache.on(new ColumnsChanged(3));
        assertThat(cache.rendered(home)).isNull();
        cache.keep(column, page(100), seen);
        assertThat(cache.rendered(column)).as("rendered across a column change").isNull();
    }

    @Test
    void aChangeOfTheSiteSettingsDropsEveryPageForTheyAreOnEachOne() {
        PageKey home = new PageKey("/", "medium", "normal", "zh-CN", false);
        PageKey article = new PageKey("/article/9.html", "medium", "normal", "zh-CN", false);
        cache.keep(home, page(100), cache.changes());
        long seen = cache.changes();
        cache.keep(article, page(100), seen);
        cache.on(new SiteSettingsChanged("admin", Map.of("name", "旧名称"), Map.of("name", "新名称")));
        assertThat(cache.rendered(home)).isNull();
        assertThat(cache.rendered(article)).isNull();
        cache.keep(article, page(100), seen);
        assertThat(cache.rendered(article)).as("rendered across the change").isNull();
    }

    @Test
    void aPageIsRenderedAgainOnceItsMaxAgeHasPassedByTheClock() {
        PublicPageCache oneSecond = new PublicPageCache(clock, Duration.ofSeconds(1));
        PageKey key = key(1);
        oneSecond.keep(key, page(100), oneSecond.changes());
        clock.advance(Duration.ofMillis(999));
        assertThat(oneSecond.rendered(key)).as("within the second").isNotNull();

        clock.advance(Duration.ofMillis(1));
        assertThat(oneSecond.rendered(key)).as("due: this request renders it").isNull();
        assertThat(oneSecond.rendered(key)).as("others get the page it replaces meanwhile").isNotNull();
        clock.advance(PublicPageCache.RENEWAL_GRACE);
        assertThat(oneSecond.rendered(key)).as("but not past the grace").isNull();

        oneSecond.keep(key, page(100), oneSecond.changes());
        clock.set(START);
        assertThat(oneSecond.rendered(key)).as("a clock set back makes it due").isNull();
    }

    @Test
    void thePageKeepsItsFirstRenderingTimeWhileItsBytesStayTheSame() {
        PublicPageCache oneSecond = new PublicPageCache(clock, Duration.ofSeconds(1));
        PageKey key = key(1);
        Instant first = START;
        oneSecond.keep(key, tagged("a", first), oneSecond.changes());
        clock.advance(Duration.ofSeconds(5));
        assertThat(oneSecond.keep(key, tagged("a", START.plusSeconds(5)), oneSecond.changes()).lastModified()).isEqualTo(first);
        assertThat(oneSecond.keep(key, tagged("b", START.plusSeconds(5)), oneSecond.changes()).lastModified())
                .isEqualTo(START.plusSeconds(5));
    }

    @Test
    void renderedPagesStayWithinTheirBytes() {
        int megabyte = 1024 * 1024;
        byte[] shared = new byte[megabyte];
        for (int i = 0; i < 100; i++) {
            cache.keep(key(i), new RenderedPage("text/html", Locale.CHINA, List.of(), shared, new byte[0], null, null), cache.changes());
        }
        long kept = 0;
        for (int i = 0; i < 100; i++) {
            kept += cache.rendered(key(i)) == null ? 0 : megabyte;
        }
        assertThat(kept).isPositive().isLessThanOrEqualTo(PublicPageCache.MAX_PAGE_BYTES);
        assertThat(cache.rendered(key(99))).as("the newest is kept").isNotNull();
    }

    @Test
    void aSearchIsKeptOnlyWhenAskedForAgainWithinTheTimeAKeptPageServes() {
        PublicPageCache oneSecond = new PublicPageCache(clock, Duration.ofSeconds(1));
        PageKey search = new PageKey("/search?q=%E8%81%94%E7%BB%9C", "medium", "normal", "zh-CN", false);
        RenderedPage first = page(100);
        assertThat(oneSecond.keepIfAskedAgain(search, first, oneSecond.changes())).isSameAs(first);
        assertThat(oneSecond.rendered(search)).as("asked for once").isNull();

        clock.advance(Duration.ofMillis(2_900));
        oneSecond.keepIfAskedAgain(search, page(100), oneSecond.changes());
        assertThat(oneSecond.rendered(search)).as("asked for again within a second and its grace of two").isNotNull();

        PageKey other = new PageKey("/search?q=%E5%9F%8E%E5%B8%82", "medium", "normal", "zh-CN", false);
        oneSecond.keepIfAskedAgain(other, page(100), oneSecond.changes());
        clock.advance(Duration.ofSeconds(3));
        oneSecond.keepIfAskedAgain(other, page(100), oneSecond.changes());
        assertThat(oneSecond.rendered(other)).as("asked for again only after three seconds").isNull();
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(4));
            oneSecond.keepIfAskedAgain(new PageKey("/search?q=" + i, "medium", "normal", "zh-CN", false), page(100), oneSecond.changes());
        }
        oneSecond.keepIfAskedAgain(other, page(100), oneSecond.changes());
        assertThat(oneSecond.rendered(other)).as("asked for again twelve seconds later").isNull();

        PageKey large = new PageKey(other.page(), "large", "normal", "zh-CN", false);
        oneSecond.keepIfAskedAgain(large, page(100), oneSecond.changes());
        assertThat(oneSecond.rendered(large)).as("the same search in large type is another page").isNull();
    }

    private static PageKey key(long article) {
        return new PageKey("/article/" + article + ".html", "medium", "normal", "zh-CN", false);
    }

    private static RenderedPage page(int bytes) {
        return new RenderedPage("text/html;charset=UTF-8", Locale.CHINA, List.of(), new byte[bytes], new byte[0], null, null);
    }

    private static RenderedPage tagged(String etag, Instant rendered) {
        return new RenderedPage("text/html;charset=UTF-8", Locale.CHINA, List.of(), new byte[10], new byte[0], etag, rendered);
    }
}
