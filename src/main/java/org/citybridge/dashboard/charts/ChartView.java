package org.citybridge.dashboard.charts;

import java.util.List;

/**
 * A chart as the page draws it and as its data table shows it: the same points, columns and links.
 *
 * @param categoryHeading what the points are (province, month): the heading of the table's first column
 */
public record ChartView(String id, String title, String description, ChartKind kind, String categoryHeading,
                        List<ChartColumn> columns, List<ChartPoint> points) {
}
