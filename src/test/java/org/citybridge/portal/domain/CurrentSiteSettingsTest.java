package org.citybridge.portal.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.citybridge.portal.SiteSettingsChanged;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The settings every public page shows, apart from the database: a change shows at once and stays. */
class CurrentSiteSettingsTest {

    @Test
    void settingsReadByAPageWhileTheyChangedDoNotComeBackAfterTheChange() throws Exception {
        SiteSettings before = named("城市联络工作平台");
        SiteSettings after = named("城市联络工作平台（新）");
        SiteSettingsStore store = mock(SiteSettingsStore.class);
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        when(store.read()).thenAnswer(invocation -> {
            reading.countDown();
            mayFinish.await(10, TimeUnit.SECONDS);
            return before;
        }).thenReturn(after);
        CurrentSiteSettings settings = new CurrentSiteSettings(store, Clock.systemUTC(), Duration.ofMinutes(1));

        CompletableFuture<SiteSettings> page = CompletableFuture.supplyAsync(settings::get);
        assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
        settings.on(new SiteSettingsChanged("admin", Map.of("name", before.name()), Map.of("name", after.name())));
        mayFinish.countDown();
        assertThat(page.get(10, TimeUnit.SECONDS)).as("the page that read before the change").isSameAs(before);

        assertThat(settings.get()).as("every page after the change, for the whole minute").isSameAs(after);
        verify(store, times(2)).read();
    }

    private static SiteSettings named(String name) {
        return new SiteSettings(name, null, "www.example.org.cn", "1234567890", null, null, null, null, "城市协会", null,
                null, null, null, null);
    }
}
