package org.citybridge.directory;

import java.time.LocalDate;
import java.util.List;

public record CitySummary(String code, String name, CityLevel level, String kind, String provinceCode,
                          String province, Membership membership, LocalDate memberSince, List<String> tags,
                          List<String> activeLiaisons) {
}
