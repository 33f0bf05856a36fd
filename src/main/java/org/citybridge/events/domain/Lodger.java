package org.citybridge.events.domain;

import org.citybridge.directory.Gender;

/** A registered delegate who asked for a room (single or shared), with the city and province it comes from. */
public record Lodger(long id, String name, Gender gender, Lodging lodging, String mobile, String cityCode, String cityName,
                     String provinceCode, String provinceName) {
}
