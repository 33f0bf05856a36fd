package org.citybridge.directory.bulk;

/** One city in a plan or batch: its value before ({@code from}) and after ({@code to}); equal when nothing changes. */
public record CityLine(String cityCode, String cityName, String provinceName, CityValue from, CityValue to) {
}
