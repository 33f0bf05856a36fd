package org.citybridge.directory;

public record ProvinceView(String code, String name) {
}
