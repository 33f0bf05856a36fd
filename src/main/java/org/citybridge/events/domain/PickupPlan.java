package org.citybridge.events.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Who to meet at which station or airport, and who to take back, hour by hour: the registered delegates' arrivals and
 * departures grouped by day, hour and place. Those whose date is not given yet are listed apart; a time not given
 * groups the delegate under the day with no hour.
 */
public record PickupPlan(List<PickupSlot> arrivals, List<Participant> arrivalsUnknown, List<PickupSlot> departures,
                         List<Participant> departuresUnknown) {

    /**
     * The delegates arriving (or leaving) at one place within one hour.
     *
     * @param hour    0–23; null for those who gave a date but no time
     * @param station as the delegates wrote it; empty when not given
     */
    public record PickupSlot(LocalDate date, Integer hour, String station, List<Trip> trips) {

        public int count() {
            return trips.size();
        }

        /** "14:00–14:59", or null without an hour. */
        public String hours() {
            return hour == null ? null : "%02d:00–%02d:59".formatted(hour, hour);
        }
    }

    /** One delegate's arrival or departure: its time (may be null) and flight or train number. */
    public record Trip(Participant participant, LocalTime time, String number) {
    }

    /** How many are met on arrival (a date given). */
    public int arriving() {
        return arrivals.stream().mapToInt(PickupSlot::count).sum();
    }

    public int departing() {
        return departures.stream().mapToInt(PickupSlot::count).sum();
    }

    private record SlotKey(LocalDate date, Integer hour, String station) {
    }

    private static final Comparator<LocalTime> TIME = Comparator.nullsLast(Comparator.naturalOrder());

    static PickupPlan of(List<Participant> registered) {
        List<Participant> arrivalsUnknown = registered.stream().filter(p -> p.delegate().arrivalDate() == null).toList();
        List<Participant> departuresUnknown = registered.stream().filter(p -> p.delegate().departureDate() == null).toList();
        return new PickupPlan(slots(registered, true), arrivalsUnknown, slots(registered, false), departuresUnknown);
    }

    private static List<PickupSlot> slots(List<Participant> registered, boolean arriving) {
        Function<DelegateView, LocalDate> date = arriving ? DelegateView::arrivalDate : DelegateView::departureDate;
        Function<DelegateView, LocalTime> time = arriving ? DelegateView::arrivalTime : DelegateView::departureTime;
        Function<DelegateView, String> station = arriving ? DelegateView::arrivalStation : DelegateView::departureStation;
        Function<DelegateView, String> number = arriving ? DelegateView::arrivalTrip : DelegateView::departureTrip;
        List<Trip> trips = registered.stream().filter(p -> date.apply(p.delegate()) != null)
                .map(p -> new Trip(p, time.apply(p.delegate()), number.apply(p.delegate())))
                .sorted(Comparator.comparing((Trip t) -> t.time(), TIME).thenComparing(t -> t.participant().delegate().id()))
                .toList();
        Map<SlotKey, List<Trip>> grouped = new LinkedHashMap<>();
        for (Trip trip : trips) {
            DelegateView d = trip.participant().delegate();
            SlotKey key = new SlotKey(date.apply(d), trip.time() == null ? null : trip.time().getHour(), station.apply(d));
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(trip);
        }
        return grouped.entrySet().stream()
                .map(e -> new PickupSlot(e.getKey().date(), e.getKey().hour(), e.getKey().station(), List.copyOf(e.getValue())))
                .sorted(Comparator.comparing(PickupSlot::date)
                        .thenComparing(PickupSlot::hour, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(PickupSlot::station))
                .toList();
    }
}
