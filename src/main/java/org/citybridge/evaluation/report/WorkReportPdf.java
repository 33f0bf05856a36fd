package org.citybridge.evaluation.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.citybridge.evaluation.report.RichBlocks.Block;
import org.citybridge.evaluation.report.RichBlocks.Heading;
import org.citybridge.evaluation.report.RichBlocks.ListItem;
import org.citybridge.evaluation.report.RichBlocks.Paragraph;
import org.citybridge.evaluation.report.RichBlocks.Span;
import org.citybridge.evaluation.report.RichBlocks.Table;
import org.citybridge.platform.pdf.PdfDocuments;
import org.citybridge.platform.pdf.PdfFonts;

/**
 * The work report as PDF (OpenPDF), A4, of the same content as the Word document, in the font the application ships
 * (embedded, subset); the chart is the same picture. Italic and underline are kept as the font allows: bold only.
 */
final class WorkReportPdf {

    private static final float MM = 72f / 25.4f;
    private static final float TEXT_SIZE = 11.5f;
    private static final float TABLE_SIZE = 9f;
    private static final float[] HEADING_SIZES = {15, 13, 12};

    private final Document document;

    private WorkReportPdf(Document document) {
        this.document = document;
    }

    static void write(WorkReportContent content, OutputStream out) {
        PdfDocuments.write(PageSize.A4, 20 * MM, content.title(), out, (document, writer) -> {
            WorkReportPdf pdf = new WorkReportPdf(document);
            pdf.titlePage(content);
            for (WorkReportContent.Section section : content.sections()) {
                pdf.heading(1, section.title());
                for (Block block : section.blocks()) {
                    pdf.block(block);
                }
            }
            pdf.heading(1, content.planHeading());
            pdf.table(content.plan().header(), content.plan().rows(), true, false);
            document.newPage();
            pdf.heading(1, content.figuresHeading());
            for (ReportTable table : content.tables()) {
                pdf.heading(2, table.caption());
                pdf.table(table.header(), table.rows(), true, table.total());
            }
            pdf.chart(content.chart());
        });
    }

    private void titlePage(WorkReportContent content) throws DocumentException {
        document.add(spaced(new com.lowagie.text.Paragraph(content.title(), PdfFonts.bold(24)), 70 * MM, 12 * MM));
        document.add(spaced(new com.lowagie.text.Paragraph(content.subtitle(), PdfFonts.regular(14)), 0, 6 * MM));
        document.add(spaced(new com.lowagie.text.Paragraph(content.asOf(), PdfFonts.regular(12)), 0, 0));
        document.newPage();
    }

    private static com.lowagie.text.Paragraph spaced(com.lowagie.text.Paragraph paragraph, float before, float after) {
        paragraph.setAlignment(Element.ALIGN_CENTER);
        paragraph.setSpacingBefore(before);
        paragraph.setSpacingAfter(after);
        return paragraph;
    }

    private void block(Block block) throws DocumentException {
        if (block instanceof Heading h) {
            heading(Math.min(h.level() + 1, HEADING_SIZES.length), text(h.spans()));
        } else if (block instanceof Paragraph p) {
            com.lowagie.text.Paragraph paragraph = paragraph(p.spans(), TEXT_SIZE);
            if (p.quoted()) {
                paragraph.setIndentationLeft(10 * MM);
            } else {
                paragraph.setFirstLineIndent(2 * TEXT_SIZE);
            }
            document.add(paragraph);
        } else if (block instanceof ListItem item) {
            List<Span> spans = new ArrayList<>();
            spans.add(new Span(item.label() + " ", false, false, false));
            spans.addAll(item.spans());
            com.lowagie.text.Paragraph paragraph = paragraph(spans, TEXT_SIZE);
            paragraph.setIndentationLeft(8 * MM * (item.depth() + 1));
            paragraph.setFirstLineIndent(-4 * MM);
            document.add(paragraph);
        } else if (block instanceof Table t) {
            table(t.rows().get(0).stream().map(WorkReportPdf::text).toList(),
                    t.rows().subList(1, t.rows().size()).stream().map(r -> r.stream().map(WorkReportPdf::text).toList()).toList(),
                    t.header(), false);
        }
    }

    private void heading(int level, String text) throws DocumentException {
        com.lowagie.text.Paragraph paragraph = new com.lowagie.text.Paragraph(text, PdfFonts.bold(HEADING_SIZES[level - 1]));
        paragraph.setSpacingBefore(level == 1 ? 5 * MM : 3 * MM);
        paragraph.setSpacingAfter(2 * MM);
        paragraph.setKeepTogether(true);
        document.add(paragraph);
    }

    private static com.lowagie.text.Paragraph paragraph(List<Span> spans, float size) {
        // every chunk in the shipped font, also an empty paragraph's and a line break's, so no standard font is named
        com.lowagie.text.Paragraph paragraph = new com.lowagie.text.Paragraph(size * 1.6f, "", PdfFonts.regular(size));
        paragraph.setSpacingAfter(1.5f * MM);
        for (Span span : spans) {
            if (span.lineBreak()) {
                paragraph.add(new Chunk("\n", PdfFonts.regular(size)));
            } else {
                Font font = span.bold() ? PdfFonts.bold(size) : PdfFonts.regular(size);
                if (span.underline()) {
                    font.setStyle(Font.UNDERLINE);
                }
                paragraph.add(new Chunk(span.text(), font));
            }
        }
        return paragraph;
    }

    /**
     * @param header whether the first row ({@code columns}) is a header, repeated on every page
     * @param total  whether the last row is a total, in bold
     */
    private void table(List<String> columns, List<List<String>> rows, boolean header, boolean total) throws DocumentException {
        int width = Math.max(columns.size(), rows.stream().mapToInt(List::size).max().orElse(1));
        PdfPTable table = new PdfPTable(width);
        table.setWidthPercentage(100);
        table.setSpacingAfter(4 * MM);
        for (String column : columns) {
            table.addCell(cell(column, header));
        }
        table.setHeaderRows(header ? 1 : 0);
        for (int r = 0; r < rows.size(); r++) {
            for (String value : rows.get(r)) {
                table.addCell(cell(value, total && r == rows.size() - 1));
            }
            table.completeRow();
        }
        document.add(table);
    }

    private static PdfPCell cell(String text, boolean bold) {
        PdfPCell cell = new PdfPCell(new Phrase(text, bold ? PdfFonts.bold(TABLE_SIZE) : PdfFonts.regular(TABLE_SIZE)));
        cell.setPadding(3);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private void chart(WorkReportContent.Chart chart) throws DocumentException {
        com.lowagie.text.Paragraph caption = new com.lowagie.text.Paragraph(chart.caption(), PdfFonts.bold(11));
        caption.setAlignment(Element.ALIGN_CENTER);
        caption.setSpacingBefore(4 * MM);
        document.add(caption);
        try {
            Image picture = Image.getInstance(chart.png());
            picture.scaleAbsolute(chart.widthPoints(), chart.heightPoints());
            picture.setAlignment(Element.ALIGN_CENTER);
            document.add(picture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (BadElementException e) {
            throw new IllegalStateException("chart not added", e);
        }
    }

    private static String text(List<Span> spans) {
        StringBuilder text = new StringBuilder();
        spans.forEach(s -> text.append(s.text()));
        return text.toString().strip();
    }
}
