package org.citybridge.evaluation;

import java.time.LocalDate;

/** What the public verification page shows of a certificate: nothing personal beyond the name and the city. */
public record VerifiedCertificate(String serial, String personName, String cityName, String honour, int year,
                                  LocalDate issuedOn, boolean revoked) {
}
