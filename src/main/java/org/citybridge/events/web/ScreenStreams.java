package org.citybridge.events.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.citybridge.events.domain.CheckInsChanged;
import org.citybridge.events.domain.EventFigures;
import org.citybridge.events.domain.EventScreen;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The big screens open on this instance, by event, each a server-sent event stream: the figures when it opens, then
 * again each time check-ins arrive for its event (on any instance: {@link CheckInsChanged}). The figures are computed
 * and written as JSON once per event and pushed on a thread of their own, so that a slow screen never holds up the
 * listener; check-ins that arrive while a push is waiting are folded into it. A comment every 20 seconds keeps proxies
 * from closing an idle stream and finds the screens that went away. A stream ends after 30 minutes (the browser opens
 * it again at once and gets the figures anew), and when the application stops.
 */
@Component
class ScreenStreams implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ScreenStreams.class);
    static final Duration LIFETIME = Duration.ofMinutes(30);
    static final long RECONNECT_MILLIS = 2000;

    private final EventScreen screen;
    private final JsonMapper json;
    private final Map<Long, Set<SseEmitter>> open = new ConcurrentHashMap<>();
    private final Set<Long> waiting = ConcurrentHashMap.newKeySet();
    private final ExecutorService pusher = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "screen-push");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean running;

    ScreenStreams(EventScreen screen, JsonMapper json) {
        this.screen = screen;
        this.json = json;
    }

    /** A stream for a screen of the event, starting with the figures it shows now. */
    SseEmitter open(long eventId, EventFigures figures) {
        SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
        open.compute(eventId, (id, screens) -> {
            Set<SseEmitter> kept = screens == null ? ConcurrentHashMap.newKeySet() : screens;
            kept.add(emitter);
            return kept;
        });
        Runnable forget = () -> forget(eventId, emitter);
        emitter.onCompletion(forget);
        emitter.onTimeout(forget);
        emitter.onError(error -> forget.run());
        send(eventId, emitter, SseEmitter.event().reconnectTime(RECONNECT_MILLIS).name("figures")
                .data(json.writeValueAsString(figures), MediaType.APPLICATION_JSON));
        return emitter;
    }

    @EventListener
    void checkInsChanged(CheckInsChanged changed) {
        for (Long eventId : open.keySet()) {
            if (changed.concerns(eventId) && waiting.add(eventId)) {
                pusher.execute(() -> push(eventId));
            }
        }
    }

    private void push(long eventId) {
        waiting.remove(eventId);
        Set<SseEmitter> screens = open.get(eventId);
        if (screens == null || screens.isEmpty()) {
            return;
        }
        try {
            String figures = json.writeValueAsString(screen.figures(eventId));
            for (SseEmitter emitter : screens) {
                send(eventId, emitter, SseEmitter.event().name("figures").data(figures, MediaType.APPLICATION_JSON));
            }
        } catch (RuntimeException e) {
            log.warn("Could not push the figures of event {} to its screens", eventId, e);
        }
    }

    @Scheduled(fixedDelayString = "PT20S")
    void keepAlive() {
        open.forEach((eventId, screens) -> screens.forEach(emitter -> send(eventId, emitter, SseEmitter.event().comment("keep-alive"))));
    }

    private void send(long eventId, SseEmitter emitter, SseEmitter.SseEventBuilder event) {
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException gone) {
            forget(eventId, emitter);
        }
    }

    private void forget(long eventId, SseEmitter emitter) {
        open.computeIfPresent(eventId, (id, screens) -> {
            screens.remove(emitter);
            return screens.isEmpty() ? null : screens;
        });
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends every stream, so that a graceful shutdown does not wait for screens that would never close. */
    @Override
    public void stop() {
        running = false;
        pusher.shutdownNow();
        open.values().forEach(screens -> screens.forEach(SseEmitter::complete));
        open.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
