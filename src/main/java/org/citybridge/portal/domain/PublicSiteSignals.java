package org.citybridge.portal.domain;

import org.citybridge.platform.signals.SignalReceived;
import org.citybridge.platform.signals.Signals;
import org.citybridge.platform.signals.SignalsMissed;
import org.citybridge.portal.ArticlePublished;
import org.citybridge.portal.ArticleWithdrawn;
import org.citybridge.portal.SiteSettingsChanged;
import org.citybridge.portal.domain.PublicSiteChangedElsewhere.Part;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the public site's caches ({@link PublicDataCache}, {@link CurrentSiteSettings} and the rendered pages) the same
 * on every instance: a publish, withdrawal, column change or settings change made here is signalled to the others in
 * its own transaction, so when it commits ({@link Signals}); one made on another instance, or signals this instance
 * missed, are published here as {@link PublicSiteChangedElsewhere}, for the caches to drop what they keep.
 */
@Component
class PublicSiteSignals {

    static final String ARTICLES = "portal.articles";
    static final String COLUMNS = "portal.columns";
    static final String SITE_SETTINGS = "portal.site-settings";

    private final Signals signals;
    private final ApplicationEventPublisher events;

    PublicSiteSignals(Signals signals, ApplicationEventPublisher events) {
        this.signals = signals;
        this.events = events;
    }

    @EventListener
    void on(ArticlePublished published) {
        signals.send(ARTICLES, published.articleId());
    }

    @EventListener
    void on(ArticleWithdrawn withdrawn) {
        signals.send(ARTICLES, withdrawn.articleId());
    }

    @EventListener
    void on(ColumnsChanged changed) {
        signals.send(COLUMNS, changed.columnId());
    }

    @EventListener
    void on(SiteSettingsChanged changed) {
        signals.send(SITE_SETTINGS, 1);
    }

    @EventListener
    void on(SignalReceived signal) {
        Part part = signal.fromElsewhere(ARTICLES) ? Part.ARTICLES : signal.fromElsewhere(COLUMNS) ? Part.COLUMNS
                : signal.fromElsewhere(SITE_SETTINGS) ? Part.SITE_SETTINGS : null;
        if (part != null) {
            events.publishEvent(new PublicSiteChangedElsewhere(part));
        }
    }

    @EventListener
    void on(SignalsMissed missed) {
        events.publishEvent(new PublicSiteChangedElsewhere(Part.EVERYTHING));
    }
}
