package org.citybridge.shared;

/** A thing found by the quick search: what it is called, a line telling it apart from its namesakes, and its page. */
public record QuickSearchHit(String title, String detail, String href) {
}
