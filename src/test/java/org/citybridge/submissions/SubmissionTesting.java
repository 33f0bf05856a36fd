package org.citybridge.submissions;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;

/** Real files and actors for the submissions tests. */
public final class SubmissionTesting {

    public static final byte[] PDF = "%PDF-1.4\n% test\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();
    public static final byte[] PHP_AS_JPG = "<?php system($_GET['c']); ?><html><script>alert(1)</script></html>".getBytes();

    private SubmissionTesting() {
    }

    /** A real small picture, as a camera or a screenshot tool would write it. */
    public static byte[] image(String format) {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.YELLOW);
        g.fillOval(20, 12, 24, 24);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A PNG header followed by padding: larger than the 10 MB picture limit, smaller than the request limit. */
    public static byte[] oversizePng() {
        byte[] png = image("png");
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(png, 0, big, 0, png.length);
        return big;
    }

    public static String jsonField(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\"\\s*:\\s*\"?([^\",}]*)").matcher(json);
        if (!m.find()) {
            throw new AssertionError(field + " not in " + json);
        }
        return m.group(1);
    }

    public static Actor liaison(String city, Long personId) {
        return new Actor("liaison-" + city, Role.LIAISON, city, null, personId);
    }

    public static Actor staff() {
        return new Actor("staff-test", Role.STAFF, null, null, null);
    }
}
