package org.citybridge.accounts.domain;

import java.util.List;

/** A province with the PROVINCE accounts bound to it now (disabled ones included, marked by the view). */
public record ProvinceCoordinatorsView(String provinceCode, String provinceName, List<AccountView> coordinators) {
}
