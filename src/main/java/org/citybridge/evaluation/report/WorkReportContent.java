package org.citybridge.evaluation.report;

import java.util.List;

import org.citybridge.evaluation.report.RichBlocks.Block;

/**
 * Everything the work report shows, in the reader's language, laid out once for both documents: the title page, the
 * narrative sections, next year's plan, and the figures as tables with the chart.
 */
record WorkReportContent(String title, String subtitle, String asOf, List<Section> sections, String planHeading,
                         ReportTable plan, String figuresHeading, List<ReportTable> tables, Chart chart) {

    record Section(String title, List<Block> blocks) {
    }

    /** A picture of {@code widthPoints} × {@code heightPoints} as printed. */
    record Chart(String caption, byte[] png, int widthPoints, int heightPoints) {
    }
}
