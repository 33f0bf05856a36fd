package org.citybridge.events.domain;

import java.time.LocalTime;
import java.util.List;

/**
 * Counts the diets at each meal of the agenda (sessions of kind MEAL). A registered delegate is at a meal when it is
 * there as the meal begins: arrived by then (an arrival on the day without a time counts as arrived) and not yet left
 * (a departure on the day without a time counts as still there); a delegate who gave no dates is there every day.
 * An optional meal counts only those who chose it.
 */
public final class MealCounts {

    private MealCounts() {
    }

    public static List<MealCount> count(List<SessionView> sessions, List<Participant> registered) {
        return sessions.stream().filter(s -> s.kind() == SessionKind.MEAL).map(meal -> count(meal, registered)).toList();
    }

    static MealCount count(SessionView meal, List<Participant> registered) {
        List<Participant> attending = registered.stream().filter(p -> attends(p.delegate(), meal)).toList();
        return new MealCount(meal, attending.size(), diet(attending, Diet.HALAL).size(), diet(attending, Diet.VEGETARIAN).size(),
                diet(attending, Diet.OTHER));
    }

    static boolean attends(DelegateView delegate, SessionView meal) {
        if (meal.optional() && !delegate.sessionIds().contains(meal.id())) {
            return false;
        }
        LocalTime start = meal.startsAt();
        boolean arrived = delegate.arrivalDate() == null || delegate.arrivalDate().isBefore(meal.day())
                || delegate.arrivalDate().equals(meal.day()) && (delegate.arrivalTime() == null || !delegate.arrivalTime().isAfter(start));
        boolean notLeft = delegate.departureDate() == null || delegate.departureDate().isAfter(meal.day())
                || delegate.departureDate().equals(meal.day()) && (delegate.departureTime() == null || delegate.departureTime().isAfter(start));
        return arrived && notLeft;
    }

    private static List<Participant> diet(List<Participant> participants, Diet diet) {
        return participants.stream().filter(p -> p.delegate().diet() == diet).toList();
    }
}
