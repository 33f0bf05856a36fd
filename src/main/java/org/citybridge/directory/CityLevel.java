package org.citybridge.directory;

public enum CityLevel {
    MUNICIPALITY, PREFECTURE, COUNTY
}
