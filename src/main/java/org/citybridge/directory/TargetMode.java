package org.citybridge.directory;

/** How the cities of a circular or a task are chosen; every mode but {@link #PICKED} takes member cities only. */
public enum TargetMode {
    ALL_MEMBERS, PROVINCES, LEVEL, TAG, PICKED
}
