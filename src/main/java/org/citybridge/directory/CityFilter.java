package org.citybridge.directory;

/**
 * What staff filter the city list by; every field is optional.
 *
 * @param withoutLiaison only member cities that have no active liaison
 */
public record CityFilter(String province, CityLevel level, Membership membership, String tag, String q,
                         Boolean withoutLiaison) {

    public CityFilter {
        withoutLiaison = Boolean.TRUE.equals(withoutLiaison);
    }

    public static CityFilter all() {
        return new CityFilter(null, null, null, null, null, false);
    }
}
