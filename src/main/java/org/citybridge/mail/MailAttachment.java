package org.citybridge.mail;

import java.util.Arrays;
import java.util.Objects;

/**
 * A file sent with a mail.
 *
 * @param name        the file name the recipient sees, e.g. {@code 会议日程.ics}
 * @param contentType its media type, e.g. {@code text/calendar; charset=UTF-8; method=PUBLISH}
 */
public record MailAttachment(String name, String contentType, byte[] content) {

    public MailAttachment {
        Objects.requireNonNull(content, "content");
        if (name == null || name.isBlank() || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("an attachment needs a file name without a path: " + name);
        }
        if (contentType == null || !contentType.contains("/")) {
            throw new IllegalArgumentException("an attachment needs a media type: " + contentType);
        }
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailAttachment that && name.equals(that.name) && contentType.equals(that.contentType)
                && Arrays.equals(content, that.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, contentType, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "MailAttachment[" + name + ", " + contentType + ", " + content.length + " bytes]";
    }
}
