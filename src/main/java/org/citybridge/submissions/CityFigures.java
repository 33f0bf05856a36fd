package org.citybridge.submissions;

/**
 * One city's reports first submitted in a period: how many, how many of them were adopted, and how many of those are
 * live on the portal now.
 */
public record CityFigures(String cityCode, String cityName, String provinceCode, String provinceName, long submitted,
                          long adopted, long published) {

    /** Adopted per submitted, 0 to 1; 0 when nothing was submitted. */
    public double adoptionRate() {
        return submitted == 0 ? 0 : (double) adopted / submitted;
    }
}
