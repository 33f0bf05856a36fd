package org.citybridge.circulars;

/** How a circular's cities are chosen; every mode but {@link #PICKED} takes member cities only. */
public enum TargetMode {
    ALL_MEMBERS, PROVINCES, LEVEL, TAG, PICKED
}
