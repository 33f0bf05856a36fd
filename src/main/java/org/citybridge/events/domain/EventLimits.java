package org.citybridge.events.domain;

/** The longest texts and largest numbers events take, checked by the rules and shown by the forms as maxlength. */
public final class EventLimits {

    public static final int TITLE = 200;
    public static final int NOTES = 10_000;
    public static final int VENUE_NAME = 200;
    public static final int ADDRESS = 300;
    public static final int SESSION_TITLE = 200;
    public static final int PLACE = 200;
    public static final int SPEAKERS = 500;
    public static final int GROUP_NAME = 100;
    public static final int BUS = 100;
    public static final int MAX_CAPACITY = 100_000;
    /** The most venues, sessions or groups one event has. */
    public static final int MAX_ROWS = 200;

    public static final int PERSON_NAME = 50;
    public static final int POST = 100;
    public static final int UNIT = 100;
    public static final int DIET_NOTE = 100;
    public static final int TRIP = 20;
    public static final int STATION = 50;
    /** The most delegates one delegation sends in one go, whatever the quota. */
    public static final int MAX_DELEGATES = 200;

    private EventLimits() {
    }
}
