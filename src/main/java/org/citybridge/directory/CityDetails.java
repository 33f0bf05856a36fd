package org.citybridge.directory;

import java.util.List;

public record CityDetails(CitySummary summary, String address, String notes, long version,
                          List<AppointmentView> activeLiaisons, List<AppointmentView> history,
                          List<LeaderView> leaders) {
}
