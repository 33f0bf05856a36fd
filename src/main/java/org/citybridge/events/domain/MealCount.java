package org.citybridge.events.domain;

import java.util.List;

/**
 * The dietary needs of those at one meal: how many in all, how many 清真 (halal), 素食 (vegetarian) or with another
 * need (named with it, for the kitchen), the rest without any.
 */
public record MealCount(SessionView meal, int attending, int halal, int vegetarian, List<Participant> otherNeeds) {

    public int other() {
        return otherNeeds.size();
    }

    public int ordinary() {
        return attending - halal - vegetarian - other();
    }
}
