package org.citybridge.circulars.domain;

import java.util.List;

/**
 * The staff's view of one circular: the headline figure, counts by status and province, and the filtered rows.
 *
 * @param targeted   all cities within the viewer's scope, whatever the filter
 * @param reopenable the receipt's deadline has passed, so staff may reopen a city's receipt
 */
public record Tracking(CircularDetails circular, long targeted, long read, long replied, long overdue,
                       List<ProvinceCount> provinces, List<TrackingRow> rows, boolean reopenable) {

    public String repliedPercentText() {
        return targeted == 0 ? "0" : String.format("%.1f", replied * 100.0 / targeted);
    }

    public int readPercent() {
        return targeted == 0 ? 0 : (int) Math.round(read * 100.0 / targeted);
    }
}
