package org.citybridge.events.domain;

import org.citybridge.platform.signals.SignalReceived;
import org.citybridge.platform.signals.SignalsMissed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Hands every committed check-in, announced by whichever instance recorded it ({@link CheckInStore#SIGNAL}, this one
 * included), to the big screens open here as {@link CheckInsChanged}; when this instance missed signals, every screen
 * is refreshed (a null event).
 */
@Component
class CheckInSignals {

    private static final Logger log = LoggerFactory.getLogger(CheckInSignals.class);

    private final ApplicationEventPublisher publisher;

    CheckInSignals(ApplicationEventPublisher publisher) {
        this.publisher = publisher;
    }

    @EventListener
    void on(SignalReceived signal) {
        if (!signal.topic().equals(CheckInStore.SIGNAL)) {
            return;
        }
        try {
            publisher.publishEvent(new CheckInsChanged(Long.parseLong(signal.subject())));
        } catch (NumberFormatException e) {
            log.warn("Ignoring a check-in signal without an event id: {}", signal.subject());
        }
    }

    @EventListener
    void on(SignalsMissed missed) {
        publisher.publishEvent(new CheckInsChanged(null));
    }
}
