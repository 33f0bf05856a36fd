package org.citybridge.evaluation.report;

import org.citybridge.events.HeldEvent;

/** An event held in the year with the member cities and delegates checked in at it. */
public record EventLine(HeldEvent event, long citiesPresent, long delegatesPresent) {
}
