package org.citybridge.submissions.domain;

/** A file as the user sent it: its name (shown only) and bytes (sniffed). */
public record Upload(String name, byte[] content) {
}
