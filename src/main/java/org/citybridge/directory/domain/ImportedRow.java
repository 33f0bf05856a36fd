package org.citybridge.directory.domain;

import java.time.LocalDate;

import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.PersonDetails;

/** One validated roster row: who holds which liaison post for which city, from when until when (none: still in office). */
public record ImportedRow(PersonDetails person, String cityCode, LiaisonRole role, LocalDate from, LocalDate to) {
}
