package org.citybridge.evaluation.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.citybridge.evaluation.report.RichBlocks.Block;
import org.citybridge.evaluation.report.RichBlocks.Heading;
import org.citybridge.evaluation.report.RichBlocks.ListItem;
import org.citybridge.evaluation.report.RichBlocks.Paragraph;
import org.citybridge.evaluation.report.RichBlocks.Span;
import org.citybridge.evaluation.report.RichBlocks.Table;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The work report as a Word document (Apache POI XWPF), A4, in the fonts of Chinese official documents named on every
 * run for East Asian text (方正 fonts are not assumed: 宋体 for the title and tables, 黑体 for headings, 仿宋 for the
 * text), so that Word and WPS use their own; no font is embedded. Headings carry the styles Heading 1 to 3, so that
 * the navigation pane and a table of contents find them.
 */
final class WorkReportDocx implements AutoCloseable {

    static final String SONG = "宋体";
    static final String HEI = "黑体";
    static final String FANGSONG = "仿宋";
    private static final String LATIN = "Times New Roman";
    private static final int TEXT_SIZE = 14;
    private static final int TABLE_SIZE = 10;
    private static final int[] HEADING_SIZES = {16, 15, 14};

    private final XWPFDocument document = new XWPFDocument();

    private WorkReportDocx() {
    }

    static void write(WorkReportContent content, OutputStream out) {
        try (WorkReportDocx docx = new WorkReportDocx().open()) {
            docx.titlePage(content);
            for (WorkReportContent.Section section : content.sections()) {
                docx.heading(1, List.of(new Span(section.title(), false, false, false)));
                section.blocks().forEach(docx::block);
            }
            docx.heading(1, List.of(new Span(content.planHeading(), false, false, false)));
            docx.table(content.plan());
            docx.pageBreak();
            docx.heading(1, List.of(new Span(content.figuresHeading(), false, false, false)));
            for (ReportTable table : content.tables()) {
                docx.heading(2, List.of(new Span(table.caption(), false, false, false)));
                docx.table(table);
            }
            docx.chart(content.chart());
            docx.document.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WorkReportDocx open() {
        XWPFStyles styles = document.createStyles();
        for (int level = 1; level <= HEADING_SIZES.length; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
            style.addNewQFormat();
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(style, styles));
        }
        return this;
    }

    private void titlePage(WorkReportContent content) {
        for (int i = 0; i < 6; i++) {
            document.createParagraph();
        }
        XWPFParagraph title = centred();
        run(title, content.title(), SONG, 26, true);
        XWPFParagraph subtitle = centred();
        subtitle.setSpacingBefore(600);
        run(subtitle, content.subtitle(), FANGSONG, 16, false);
        XWPFParagraph asOf = centred();
        asOf.setSpacingBefore(300);
        run(asOf, content.asOf(), FANGSONG, 14, false);
        pageBreak();
    }

    private void block(Block block) {
        if (block instanceof Heading h) {
            heading(Math.min(h.level() + 1, HEADING_SIZES.length), h.spans());
        } else if (block instanceof Paragraph p) {
            XWPFParagraph paragraph = text();
            if (p.quoted()) {
                paragraph.setIndentationLeft(720);
                paragraph.setIndentationFirstLine(0);
            }
            spans(paragraph, p.spans(), FANGSONG, TEXT_SIZE);
        } else if (block instanceof ListItem item) {
            XWPFParagraph paragraph = text();
            paragraph.setIndentationFirstLine(0);
            paragraph.setIndentationLeft(560 * (item.depth() + 1));
            paragraph.setIndentationHanging(360);
            run(paragraph, item.label() + " ", FANGSONG, TEXT_SIZE, false);
            spans(paragraph, item.spans(), FANGSONG, TEXT_SIZE);
        } else if (block instanceof Table t) {
            richTable(t);
        }
    }

    private void heading(int level, List<Span> spans) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle("Heading" + level);
        paragraph.setSpacingBefore(240);
        paragraph.setSpacingAfter(120);
        paragraph.setKeepNext(true);
        for (Span span : spans) {
            XWPFRun run = run(paragraph, span.text(), level == 1 ? HEI : SONG, HEADING_SIZES[level - 1], level > 1);
            run.setItalic(span.italic());
        }
    }

    private XWPFParagraph text() {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setIndentationFirstLine(2 * TEXT_SIZE * 20);
        paragraph.setSpacingAfter(60);
        return paragraph;
    }

    private static void spans(XWPFParagraph paragraph, List<Span> spans, String font, int size) {
        for (Span span : spans) {
            if (span.lineBreak()) {
                paragraph.createRun().addBreak();
                continue;
            }
            XWPFRun run = run(paragraph, span.text(), font, size, span.bold());
            run.setItalic(span.italic());
            if (span.underline()) {
                run.setUnderline(UnderlinePatterns.SINGLE);
            }
        }
    }

    private void table(ReportTable table) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(table.header());
        rows.addAll(table.rows());
        XWPFTable grid = grid(rows.size(), table.header().size());
        for (int r = 0; r < rows.size(); r++) {
            boolean bold = r == 0 || table.total() && r == rows.size() - 1;
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                cell(grid.getRow(r).getCell(c), List.of(new Span(cells.get(c), bold, false, false)));
            }
        }
        grid.getRow(0).setRepeatHeader(true);
        document.createParagraph();
    }

    private void richTable(Table table) {
        int columns = table.rows().stream().mapToInt(List::size).max().orElse(1);
        XWPFTable grid = grid(table.rows().size(), columns);
        for (int r = 0; r < table.rows().size(); r++) {
            List<List<Span>> cells = table.rows().get(r);
            boolean header = table.header() && r == 0;
            for (int c = 0; c < cells.size(); c++) {
                cell(grid.getRow(r).getCell(c), header ? cells.get(c).stream()
                        .map(s -> new Span(s.text(), true, s.italic(), s.underline())).toList() : cells.get(c));
            }
        }
        if (table.header()) {
            grid.getRow(0).setRepeatHeader(true);
        }
        document.createParagraph();
    }

    private XWPFTable grid(int rows, int columns) {
        XWPFTable grid = document.createTable(rows, columns);
        grid.setWidth("100%");
        return grid;
    }

    private static void cell(XWPFTableCell cell, List<Span> spans) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        spans(paragraph, spans, SONG, TABLE_SIZE);
    }

    private void chart(WorkReportContent.Chart chart) {
        XWPFParagraph caption = centred();
        caption.setKeepNext(true);
        run(caption, chart.caption(), HEI, 12, false);
        XWPFParagraph picture = centred();
        try {
            picture.createRun().addPicture(new ByteArrayInputStream(chart.png()), Document.PICTURE_TYPE_PNG, "receipt-rates.png",
                    Units.toEMU(chart.widthPoints()), Units.toEMU(chart.heightPoints()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("chart not added", e);
        }
    }

    private XWPFParagraph centred() {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        return paragraph;
    }

    private void pageBreak() {
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
    }

    /** A run whose East Asian text is set in {@code font} and Latin text in Times New Roman. */
    private static XWPFRun run(XWPFParagraph paragraph, String text, String font, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setFontFamily(LATIN, FontCharRange.ascii);
        run.setFontFamily(LATIN, FontCharRange.hAnsi);
        run.setFontFamily(font, FontCharRange.eastAsia);
        run.setFontSize(size);
        run.setBold(bold);
        return run;
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
