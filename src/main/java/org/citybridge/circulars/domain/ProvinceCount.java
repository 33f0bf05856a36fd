package org.citybridge.circulars.domain;

/** How the cities of one province stand with a circular. */
public record ProvinceCount(String provinceCode, String provinceName, long cities, long read, long replied, long overdue) {

    public int repliedPercent() {
        return cities == 0 ? 0 : (int) Math.round(replied * 100.0 / cities);
    }
}
