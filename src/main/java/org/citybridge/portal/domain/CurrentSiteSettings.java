package org.citybridge.portal.domain;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.citybridge.portal.SiteSettingsChanged;
import org.citybridge.portal.domain.PublicSiteChangedElsewhere.Part;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The site's settings as every public page shows them, kept in memory: read once, and again at once when they change on
 * this instance ({@link SiteSettingsChanged}) or another one ({@link PublicSiteChangedElsewhere}), and at least every
 * {@code citybridge.portal.site-settings-max-age} (a minute by default), by one caller while the others show them a moment
 * longer ({@link Kept}). A page never asks the database for them; settings read by a page while they changed are not
 * kept, so they cannot come back after the change.
 */
@Component
public class CurrentSiteSettings {

    private final SiteSettingsStore store;
    private final AtomicLong changes = new AtomicLong();
    private final Kept<SiteSettings> settings;

    CurrentSiteSettings(SiteSettingsStore store, Clock clock,
                        @Value("${citybridge.portal.site-settings-max-age:1m}") Duration maxAge) {
        this.store = store;
        this.settings = new Kept<>(new MaxAge(clock, maxAge), changes::get);
    }

    public SiteSettings get() {
        return settings.get(store::read);
    }

    /** Read afresh before the rendered pages are dropped ({@link PublicDataCache#ORDER}), so none is rendered from the old. */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(PublicDataCache.ORDER)
    void on(SiteSettingsChanged event) {
        readAfresh();
    }

    @EventListener
    @Order(PublicDataCache.ORDER)
    void on(PublicSiteChangedElsewhere changed) {
        if (changed.part() == Part.SITE_SETTINGS || changed.part() == Part.EVERYTHING) {
            readAfresh();
        }
    }

    private void readAfresh() {
        changes.incrementAndGet();
        get();
    }
}
