package org.citybridge.evaluation;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.web.util.UriUtils;

/** A certificate (荣誉证书) of a decided commendation, as the secretariat sees it. */
public record CertificateView(long id, String serial, int year, int number, long commendationId, String personName,
                              String cityName, String honour, LocalDate issuedOn, Instant revokedAt, String revokedBy,
                              String revokeReason) {

    public boolean revoked() {
        return revokedAt != null;
    }

    /** The path of its public verification page, the serial (with its 〔〕 and Chinese) encoded as one segment. */
    public String verificationPath() {
        return pathOf(serial);
    }

    public static String pathOf(String serial) {
        return "/certificates/" + UriUtils.encodePathSegment(serial, StandardCharsets.UTF_8);
    }
}
