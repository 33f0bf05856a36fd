package org.citybridge.dashboard.charts;

/** How a chart draws its points: bars across (categories down the side, for long lists of provinces), bars up, a line. */
public enum ChartKind {
    HORIZONTAL_BAR, BAR, LINE
}
