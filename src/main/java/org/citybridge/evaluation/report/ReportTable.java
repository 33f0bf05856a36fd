package org.citybridge.evaluation.report;

import java.util.List;

/**
 * A table of the work report's figures, the same in Word and in PDF.
 *
 * @param total whether the last row is the nationwide total
 */
record ReportTable(String caption, List<String> header, List<List<String>> rows, boolean total) {
}
