package org.citybridge.directory;

/** One province's member cities with an active liaison against all its member cities. */
public record ProvinceCoverage(String code, String name, long covered, long members) {

    public long withoutLiaison() {
        return members - covered;
    }
}
