package org.citybridge.directory.bulk;

import java.time.LocalDate;
import java.util.Set;

import org.citybridge.directory.Membership;

/** A city as a bulk change finds it. */
record CityState(String code, String name, String provinceName, Membership membership, LocalDate memberSince,
                 Set<String> tags) {

    /** The city's value of the aspect a batch changes: membership when {@code tag} is null, else whether it has the tag. */
    CityValue value(String tag) {
        return tag == null ? CityValue.membership(membership, memberSince) : CityValue.tagged(tags.contains(tag));
    }

    CityLine line(CityValue from, CityValue to) {
        return new CityLine(code, name, provinceName, from, to);
    }
}
