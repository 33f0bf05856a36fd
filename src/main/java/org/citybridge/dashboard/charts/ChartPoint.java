package org.citybridge.dashboard.charts;

import java.util.List;

/** A province or month of a chart: its figures, one per column, and the list behind them. */
public record ChartPoint(String label, List<ChartCell> cells, String link) {
}
