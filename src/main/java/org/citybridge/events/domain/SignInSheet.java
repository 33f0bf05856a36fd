package org.citybridge.events.domain;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import org.citybridge.platform.pdf.PdfDocuments;
import org.citybridge.platform.pdf.PdfFonts;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Paper sign-in sheets (签到表): one page per city (more when its delegation does not fit one), headed by the event's
 * title and the city's name, a line per delegate (number, name, unit, post, role) and a wide column to sign in,
 * rows tall enough for a signature. Cities come in the order of the entries, so the caller sorts them.
 */
@Component
public class SignInSheet {

    private static final float MM = 72f / 25.4f;
    private static final float[] WIDTHS = {7, 16, 30, 16, 13, 28};
    private static final float ROW_HEIGHT = 11 * MM;

    private final MessageSource messages;

    public SignInSheet(MessageSource messages) {
        this.messages = messages;
    }

    public void write(String eventTitle, List<SignInEntry> entries, Locale locale, OutputStream out) {
        Map<String, List<SignInEntry>> byCity = new LinkedHashMap<>();
        entries.forEach(entry -> byCity.computeIfAbsent(entry.cityName(), city -> new ArrayList<>()).add(entry));
        PdfDocuments.write(PageSize.A4, 15 * MM, eventTitle, out, (document, writer) -> {
            boolean first = true;
            for (Map.Entry<String, List<SignInEntry>> city : byCity.entrySet()) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                document.add(table(eventTitle, city.getKey(), city.getValue(), locale));
            }
        });
    }

    /** The city's table; its first four rows (title, city, count, column names) repeat on every page it takes. */
    private PdfPTable table(String eventTitle, String cityName, List<SignInEntry> delegates, Locale locale) {
        PdfPTable table = new PdfPTable(WIDTHS);
        table.setWidthPercentage(100);
        table.addCell(heading(eventTitle, PdfFonts.bold(16), 4 * MM));
        table.addCell(heading(cityName, PdfFonts.bold(24), 2 * MM));
        table.addCell(heading(text("events.signIn.sheet", locale) + "　" + text("events.signIn.count", locale, delegates.size()),
                PdfFonts.regular(11), 4 * MM));
        for (String column : List.of("number", "name", "unit", "post", "role", "signature")) {
            table.addCell(cell(text("events.signIn." + column, locale), PdfFonts.bold(11), Element.ALIGN_CENTER));
        }
        table.setHeaderRows(4);
        int number = 0;
        for (SignInEntry delegate : delegates) {
            table.addCell(cell(String.valueOf(++number), PdfFonts.regular(11), Element.ALIGN_CENTER));
            table.addCell(cell(delegate.name(), PdfFonts.bold(12), Element.ALIGN_CENTER));
            table.addCell(cell(delegate.unit(), PdfFonts.regular(10), Element.ALIGN_LEFT));
            table.addCell(cell(delegate.post(), PdfFonts.regular(10), Element.ALIGN_LEFT));
            table.addCell(cell(delegate.roleLabel(), PdfFonts.regular(10), Element.ALIGN_CENTER));
            table.addCell(cell("", PdfFonts.regular(10), Element.ALIGN_LEFT));
        }
        return table;
    }

    private static PdfPCell heading(String text, Font font, float spaceBelow) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setColspan(WIDTHS.length);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setPaddingBottom(spaceBelow);
        return cell;
    }

    private static PdfPCell cell(String text, Font font, int alignment) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setMinimumHeight(ROW_HEIGHT);
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(4);
        return cell;
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
