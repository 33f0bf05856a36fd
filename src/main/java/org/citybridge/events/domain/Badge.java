package org.citybridge.events.domain;

import java.util.Objects;

/**
 * One delegate's badge (代表证).
 *
 * @param unit      the delegate's unit and post as printed, e.g. {@code 成都市人民政府办公厅 副主任}; may be blank
 * @param roleLabel 代表, 嘉宾 or 工作人员, as printed
 * @param code      the signed check-in code its QR code carries ({@link CheckInCodes#issue})
 */
public record Badge(String eventTitle, String name, String cityName, String unit, String roleLabel, String code) {

    public Badge {
        Objects.requireNonNull(eventTitle, "eventTitle");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(code, "code");
        cityName = cityName == null ? "" : cityName;
        unit = unit == null ? "" : unit;
        roleLabel = roleLabel == null ? "" : roleLabel;
    }
}
