package org.citybridge.directory;

import java.time.LocalDate;

/** A member city with its province and the day it joined (null: not recorded, a member from before). */
public record MemberCity(String code, String name, String provinceCode, String provinceName, LocalDate memberSince) {
}
