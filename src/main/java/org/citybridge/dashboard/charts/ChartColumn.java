package org.citybridge.dashboard.charts;

/**
 * One figure of every point, a column of the chart's data table.
 *
 * @param plotted drawn as a series of the chart (the others are in the table only)
 * @param unit    what the figure is counted in, after the number ("%", "小时"); empty for plain counts
 * @param linked  the figure is the size of the list the point links to, so the table links it
 */
public record ChartColumn(String heading, boolean plotted, String unit, boolean linked) {

    static ChartColumn plotted(String heading, String unit) {
        return new ChartColumn(heading, true, unit, false);
    }

    static ChartColumn count(String heading) {
        return new ChartColumn(heading, false, "", false);
    }

    static ChartColumn linkedCount(String heading) {
        return new ChartColumn(heading, false, "", true);
    }

    static ChartColumn plottedLinkedCount(String heading) {
        return new ChartColumn(heading, true, "", true);
    }
}
