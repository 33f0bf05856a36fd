package org.citybridge.directory;

/** A city as other modules keep it on their own records: code and names, taken when the record is made. */
public record CityRef(String code, String name, String provinceCode, String provinceName) {
}
