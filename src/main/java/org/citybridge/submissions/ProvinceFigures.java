package org.citybridge.submissions;

/** The figures of a province's cities added up. */
public record ProvinceFigures(String provinceCode, String provinceName, long cities, long submitted, long adopted,
                              long published) {

    public double adoptionRate() {
        return submitted == 0 ? 0 : (double) adopted / submitted;
    }
}
