package org.citybridge.events.domain;

import java.util.List;
import java.util.Optional;

/**
 * Who may sleep in one room: no more people than its beds, one gender to a shared room, and nobody with a delegate who
 * asked for a single room (nor such a delegate with anybody). The automatic allocation and every move by hand ask here.
 */
public final class RoomRules {

    private RoomRules() {
    }

    /** Why the lodger cannot join the others in a room of this type (a message key); empty when it can. */
    public static Optional<String> refusal(RoomType type, List<Lodger> others, Lodger lodger) {
        if (others.size() >= type.beds()) {
            return Optional.of("event.lodging.error.full");
        }
        if (others.stream().anyMatch(o -> o.gender() != lodger.gender())) {
            return Optional.of("event.lodging.error.mixedGender");
        }
        if (!others.isEmpty() && (wantsSingle(lodger) || others.stream().anyMatch(RoomRules::wantsSingle))) {
            return Optional.of("event.lodging.error.wantsSingle");
        }
        return Optional.empty();
    }

    /** How well the people in a room are matched; a room that breaks the rules is a conflict. */
    public static Pairing pairing(RoomType type, List<Lodger> occupants) {
        if (occupants.isEmpty()) {
            return Pairing.EMPTY;
        }
        for (int i = 1; i < occupants.size(); i++) {
            if (refusal(type, occupants.subList(0, i), occupants.get(i)).isPresent()) {
                return Pairing.CONFLICT;
            }
        }
        if (occupants.size() == 1) {
            return Pairing.ALONE;
        }
        return match(occupants.get(0), occupants.get(1));
    }

    /** Two lodgers of one gender: of one city, of one province, or of one gender only. */
    static Pairing match(Lodger one, Lodger other) {
        if (one.cityCode().equals(other.cityCode())) {
            return Pairing.SAME_CITY;
        }
        return one.provinceCode().equals(other.provinceCode()) ? Pairing.SAME_PROVINCE : Pairing.SAME_GENDER;
    }

    private static boolean wantsSingle(Lodger lodger) {
        return lodger.lodging() == Lodging.SINGLE;
    }
}
