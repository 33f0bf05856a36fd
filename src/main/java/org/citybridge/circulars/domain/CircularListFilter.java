package org.citybridge.circulars.domain;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the circular list is narrowed to; every field is optional. With a province, the list holds the circulars
 * delivered there and counts their reads and replies there only.
 *
 * @param issuedFrom    issued on or after that day (the deployment's time zone)
 * @param issuedTo      issued on or before that day
 * @param replyExpected only circulars that ask their cities for a reply
 * @param closed        only circulars whose deadline has passed
 */
public record CircularListFilter(String q, CircularStatus status, String province,
                                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedFrom,
                                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedTo,
                                 Boolean replyExpected, Boolean closed) {

    public CircularListFilter {
        replyExpected = Boolean.TRUE.equals(replyExpected);
        closed = Boolean.TRUE.equals(closed);
    }

    public static CircularListFilter of(String q, CircularStatus status) {
        return new CircularListFilter(q, status, null, null, null, false, false);
    }

    public boolean byProvince() {
        return province != null && !province.isBlank();
    }
}
