package org.citybridge.circulars.domain;

/**
 * One thing a correction changed.
 *
 * @param field title, body, deadline or attachments
 */
public record Change(String field, String before, String after) {
}
