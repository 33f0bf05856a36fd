package org.citybridge.circulars.domain;

/** The longest texts a circular takes: checked by {@link DraftRules}, and shown to the browser as {@code maxlength}. */
public final class CircularLimits {

    public static final int DOC_NUMBER = 60;
    public static final int TITLE = 200;
    public static final int QUESTION = 100;

    private CircularLimits() {
    }
}
