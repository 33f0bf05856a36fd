package org.citybridge.directory.bulk;

import java.time.LocalDate;

import org.citybridge.directory.Membership;

/**
 * The value of the one thing a batch changes in a city: its membership with the member-since date, or whether it
 * carries the batch's tag ({@code tagged} is null for membership, {@code membership} null for a tag).
 */
public record CityValue(Membership membership, LocalDate memberSince, Boolean tagged) {

    public static CityValue membership(Membership membership, LocalDate memberSince) {
        return new CityValue(membership, membership == Membership.NONE ? null : memberSince, null);
    }

    public static CityValue tagged(boolean tagged) {
        return new CityValue(null, null, tagged);
    }

    public boolean isTag() {
        return tagged != null;
    }

    /** The value as one short token, for a plan's fingerprint. */
    String token() {
        return isTag() ? String.valueOf(tagged) : membership + "@" + memberSince;
    }
}
