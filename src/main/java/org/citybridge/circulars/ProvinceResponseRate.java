package org.citybridge.circulars;

/**
 * The receipts of one province's cities to the circulars that expect a reply and whose deadline has passed.
 *
 * @param circulars how many such circulars reached the province
 * @param expected  their deliveries to the province's cities
 * @param onTime    deliveries first replied by the deadline
 * @param replied   deliveries replied at all, by the deadline or later
 */
public record ProvinceResponseRate(String code, String name, long circulars, long expected, long onTime, long replied) {

    public double onTimePercent() {
        return percent(onTime);
    }

    public double repliedPercent() {
        return percent(replied);
    }

    private double percent(long part) {
        return expected == 0 ? 0 : Math.round(1000.0 * part / expected) / 10.0;
    }
}
