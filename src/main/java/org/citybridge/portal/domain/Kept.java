package org.citybridge.portal.domain;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * One thing the public site keeps in memory (the site's settings, the column tree, a search page's layout): loaded
 * when none is kept, again at once after a change, and again when it has grown older than its {@link MaxAge}, then by
 * one caller while the others go on with the kept one ({@link Renewal}).
 *
 * <p>A change is counted by {@code changes}; what is kept is stamped with the count read before it was loaded, and is
 * not shown once the count has moved. So a load that began before a change and ends after it (it may have read what
 * the change replaced) is never shown to anyone else, however late it ends.
 */
public final class Kept<T> {

    private final MaxAge maxAge;
    private final LongSupplier changes;
    private final Renewal renewal = new Renewal();
    private final AtomicReference<Stamped<T>> kept = new AtomicReference<>();

    /** @param changes the count of the changes after which what is kept may no longer be shown */
    public Kept(MaxAge maxAge, LongSupplier changes) {
        this.maxAge = maxAge;
        this.changes = changes;
    }

    /** What is kept, or what {@code load} answers when nothing may be shown from memory (see above). */
    public T get(Supplier<T> load) {
        if (maxAge.off()) {
            return load.get();
        }
        long now = maxAge.now();
        long changesSeen = changes.getAsLong();
        Stamped<T> current = kept.get();
        if (current == null || current.changes() != changesSeen) {
            return load(load, changesSeen, now);
        }
        return maxAge.over(current.keptAt(), now)
                ? renewal.renewOr(current.value(), () -> load(load, changesSeen, now)) : current.value();
    }

    private T load(Supplier<T> load, long changesSeen, long now) {
        Stamped<T> loaded = new Stamped<>(load.get(), changesSeen, now);
        kept.accumulateAndGet(loaded, (current, fresh) -> current != null && current.changes() > fresh.changes() ? current : fresh);
        return loaded.value();
    }

    private record Stamped<T>(T value, long changes, long keptAt) {
    }
}
