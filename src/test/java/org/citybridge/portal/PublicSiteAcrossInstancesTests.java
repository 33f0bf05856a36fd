package org.citybridge.portal;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import io.micrometer.core.instrument.MeterRegistry;
import org.citybridge.platform.signals.Signals;
import org.citybridge.portal.domain.ArticleEditing;
import org.citybridge.portal.domain.ColumnAdministration;
import org.citybridge.portal.domain.ColumnAdministration.ColumnChange;
import org.citybridge.portal.domain.SiteAdministration;
import org.citybridge.portal.domain.SiteSettings;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.citybridge.support.Fixtures;
import org.citybridge.support.SharedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two application instances on one external PostgreSQL (127.0.0.1:5432), as behind a proxy, each keeping public pages
 * for ten minutes: a change made through A shows on B within a second all the same, signalled through the database,
 * and B hears of changes again after its listening connection was cut, dropping what it kept meanwhile.
 */
class PublicSiteAcrossInstancesTests {

    private static final Duration WITHIN = Duration.ofSeconds(1);
    private static final Actor ADMIN = new Actor("admin", Role.ADMIN, null, null, null);
    private static SharedDatabase database;
    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void startTwoInstances() throws SQLException {
        database = SharedDatabase.create("citybridge_public_site");
        a = start("a");
        b = start("b");
    }

    @AfterAll
    static void stop() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void anArticleWithdrawnOnOneInstanceLeavesTheOtherWithinASecond() throws Exception {
        long article = PortalTesting.publish(a, "撤回的文章 " + System.nanoTime(), "<p>两个实例</p>");
        String page = "/article/" + article + ".html";
        assertThat(servedFromCacheOnB(page)).as("B keeps the page").isTrue();

        Fixtures.as(ADMIN, () -> {
            a.getBean(ArticleEditing.class).withdraw(article, "两个实例的测试");
            return null;
        });

        showsOnB(page, response -> response.statusCode() == 404, "the withdrawn article gone from B");
    }

    @Test
    void anArticlePublishedOnOneInstanceShowsOnTheOthersHomePageWithinASecond() throws Exception {
        assertThat(servedFromCacheOnB("/")).isTrue();
        String title = "新发布的文章 " + System.nanoTime();

        PortalTesting.publish(a, title, "<p>两个实例</p>");

        showsOnB("/", response -> response.body().contains(title), "the new article on B's home page");
    }

    @Test
    void aColumnAddedOnOneInstanceShowsOnTheOthersPagesWithinASecond() throws Exception {
        long article = PortalTesting.publish(a, "栏目变化 " + System.nanoTime(), "<p>两个实例</p>");
        assertThat(servedFromCacheOnB("/")).isTrue();
        assertThat(servedFromCacheOnB("/article/" + article + ".html")).isTrue();
        String name = "新栏目" + System.nanoTime() % 100_000;

        Fixtures.as(ADMIN, () -> a.getBean(ColumnAdministration.class)
                .create(new ColumnChange(null, "column-" + System.nanoTime() % 100_000, name, null, true)));

        showsOnB("/", response -> response.body().contains(name), "the new column in B's navigation");
        showsOnB("/article/" + article + ".html", response -> response.body().contains(name), "and on B's article pages");
    }

    @Test
    void theSitesSettingsChangedOnOneInstanceShowOnTheOtherWithinASecond() throws Exception {
        assertThat(servedFromCacheOnB("/")).isTrue();
        String name = "城市协会" + System.nanoTime() % 100_000;

        Fixtures.as(ADMIN, () -> {
            SiteAdministration site = a.getBean(SiteAdministration.class);
            SiteSettings s = site.settings();
            site.update(new SiteSettings(name, s.nameEn(), s.domain(), s.siteCode(), s.icpNumber(), s.icpLink(), s.policeNumber(),
                    s.policeLink(), s.sponsor(), s.organiser(), s.address(), s.phone(), s.email(), null), null, false);
            return null;
        });

        showsOnB("/", response -> response.body().contains(name), "the new name on B's pages");
    }

    @Test
    void anInstanceWhoseListeningConnectionWasCutListensAgainAndDropsWhatItKept() throws Exception {
        long article = PortalTesting.publish(a, "断线重连 " + System.nanoTime(), "<p>两个实例</p>");
        String page = "/article/" + article + ".html";
        assertThat(servedFromCacheOnB(page)).isTrue();
        double reconnections = reconnections(b);

        assertThat(a.getBean(JdbcClient.class).sql("""
                        SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
                        WHERE datname = current_database() AND query = 'LISTEN %s'""".formatted(Signals.CHANNEL))
                .query(Long.class).single()).as("both instances' listening connections, cut").isEqualTo(2);
        await("B listening again").atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> reconnections(b) > reconnections);

        double cached = cachedArticlePages(b);
        assertThat(get(b, page).statusCode()).isEqualTo(200);
        assertThat(cachedArticlePages(b)).as("B rendered the page afresh: it may have missed a change").isEqualTo(cached);

        Fixtures.as(ADMIN, () -> {
            a.getBean(ArticleEditing.class).withdraw(article, "两个实例的测试");
            return null;
        });
        showsOnB(page, response -> response.statusCode() == 404, "the withdrawn article gone from B after the reconnection");
    }

    /**
     * Reads the page on B until a reading comes from what B keeps: the first renders it, and B's own signal of a
     * change just made through A may still drop it once.
     */
    private boolean servedFromCacheOnB(String path) {
        await("B keeps " + path).atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10)).until(() -> {
            double before = cachedArticlePages(b) + cachedListingPages(b);
            assertThat(get(b, path).statusCode()).isEqualTo(200);
            return cachedArticlePages(b) + cachedListingPages(b) == before + 1;
        });
        return true;
    }

    /**
     * Reads the page on B until it shows the change, and fails unless the first reading that shows it started within
     * {@link #WITHIN} (how long B then takes to render the page afresh is not the signal's doing).
     */
    private void showsOnB(String path, Predicate<HttpResponse<String>> changed, String what) {
        long start = System.nanoTime();
        AtomicLong shownBy = new AtomicLong();
        await(what).atMost(WITHIN.multipliedBy(5)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10)).until(() -> {
            long reading = System.nanoTime();
            boolean shown = changed.test(get(b, path));
            shownBy.set(shown ? reading : 0);
            return shown;
        });
        Duration took = Duration.ofNanos(shownBy.get() - start);
        System.out.printf("%s: shown by the reading started after %d ms, answered after %d ms%n", what, took.toMillis(),
                Duration.ofNanos(System.nanoTime() - start).toMillis());
        assertThat(took).as(what + ", within a second").isLessThan(WITHIN);
    }

    private HttpResponse<String> get(ConfigurableApplicationContext instance, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(SharedDatabase.uri(instance, path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static double cachedArticlePages(ConfigurableApplicationContext instance) {
        return instance.getBean(MeterRegistry.class).get("citybridge.portal.article.pages.cached").timer().count();
    }

    private static double cachedListingPages(ConfigurableApplicationContext instance) {
        return instance.getBean(MeterRegistry.class).get("citybridge.portal.listing.pages.cached").timer().count();
    }

    private static double reconnections(ConfigurableApplicationContext instance) {
        return instance.getBean(MeterRegistry.class).get("citybridge.signals.reconnections").counter().count();
    }

    /** Pages and settings kept for ten minutes: only a signal explains a change showing within a second. */
    private static ConfigurableApplicationContext start(String name) {
        return database.start(name, "--citybridge.admin-password=Public-site-2026", "--citybridge.portal.page-cache-ttl=10m",
                "--citybridge.portal.site-settings-max-age=10m");
    }
}
