package org.citybridge.dashboard.charts;

/** A figure as the chart draws it ({@code value}, null for none) and as the table shows it. */
public record ChartCell(Number value, String text) {

    private static final String NONE = "—";

    static ChartCell count(long value) {
        return new ChartCell(value, Long.toString(value));
    }

    /** One decimal, as percentages and hours are shown. */
    static ChartCell decimal(Double value) {
        if (value == null) {
            return new ChartCell(null, NONE);
        }
        double rounded = Math.round(value * 10) / 10.0;
        return new ChartCell(rounded, rounded == Math.rint(rounded) ? Long.toString((long) rounded) : Double.toString(rounded));
    }
}
