package org.citybridge.evaluation.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

/**
 * The receipt rate by province as a horizontal bar chart, a PNG drawn with Java2D in the font the application ships
 * (Noto Sans SC), so that Word, WPS and the PDF show the same picture whatever fonts the machine has. A picture rather
 * than a Word chart: WPS draws POI's XDDF charts unreliably, and the PDF needs a picture anyway.
 */
final class ReceiptRateChart {

    /** Pixels per point of the printed size: 3 is about 216 dpi, sharp on paper. */
    static final int SCALE = 3;
    static final int WIDTH_POINTS = 440;
    private static final int BAR_POINTS = 14;
    private static final int GAP_POINTS = 6;
    private static final int LABEL_POINTS = 90;
    private static final int VALUE_POINTS = 48;
    private static final int TOP_POINTS = 8;
    private static final Color BAR = new Color(0x1f, 0x5f, 0xa8);
    private static final Color GRID = new Color(0xdd, 0xdd, 0xdd);

    private ReceiptRateChart() {
    }

    /** One bar of the chart. */
    record Bar(String label, double share, String value) {
    }

    static int heightPoints(int bars) {
        return TOP_POINTS * 2 + Math.max(bars, 1) * (BAR_POINTS + GAP_POINTS);
    }

    static List<Bar> bars(YearFigures figures) {
        return figures.provinces().stream()
                .map(p -> new Bar(p.name(), p.tally().receiptShare(), p.tally().receiptRate())).toList();
    }

    static byte[] png(List<Bar> bars) {
        int width = WIDTH_POINTS * SCALE;
        int height = heightPoints(bars.size()) * SCALE;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.scale(SCALE, SCALE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH_POINTS, heightPoints(bars.size()));
            int plotWidth = WIDTH_POINTS - LABEL_POINTS - VALUE_POINTS;
            g.setStroke(new BasicStroke(0.5f));
            for (int tenth = 0; tenth <= 10; tenth += 2) {
                int x = LABEL_POINTS + plotWidth * tenth / 10;
                g.setColor(GRID);
                g.drawLine(x, TOP_POINTS, x, heightPoints(bars.size()) - TOP_POINTS);
            }
            g.setFont(Fonts.REGULAR.deriveFont(9f));
            int y = TOP_POINTS;
            for (Bar bar : bars) {
                int baseline = y + BAR_POINTS - 3;
                g.setColor(Color.BLACK);
                int labelWidth = g.getFontMetrics().stringWidth(bar.label());
                g.drawString(bar.label(), LABEL_POINTS - 6 - labelWidth, baseline);
                int length = (int) Math.round(plotWidth * Math.max(0, Math.min(1, bar.share())));
                g.setColor(BAR);
                g.fillRect(LABEL_POINTS, y, length, BAR_POINTS);
                g.setColor(Color.BLACK);
                g.drawString(bar.value(), LABEL_POINTS + length + 4, baseline);
                y += BAR_POINTS + GAP_POINTS;
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The shipped font, read once when the first chart is drawn. */
    private static final class Fonts {
        static final Font REGULAR = load("/fonts/NotoSansSC-Regular.ttf");

        private static Font load(String path) {
            try (InputStream in = ReceiptRateChart.class.getResourceAsStream(path)) {
                if (in == null) {
                    throw new IllegalStateException("font " + path + " is missing from the classpath");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException("font " + path + " cannot be read", e);
            }
        }
    }
}
