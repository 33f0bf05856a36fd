package org.citybridge.submissions;

import java.time.LocalDate;
import java.util.List;

/** The statistics page: figures per city and per province for a period, and their total. */
public record AdoptionReport(LocalDate from, LocalDate to, List<CityFigures> cities, List<ProvinceFigures> provinces,
                             ProvinceFigures total) {
}
