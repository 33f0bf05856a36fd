package org.citybridge.tasks;

import org.citybridge.shared.EnumCodes;

/** What happens to a city's assignment, each logged with who and when. */
public enum TaskAction {
    /** The task was handed to the city (the first entry of every history). */
    ASSIGN(Party.SYSTEM),
    ACCEPT(Party.CITY),
    /** A dated progress note; the first one starts the work. */
    PROGRESS(Party.CITY),
    SUBMIT(Party.CITY),
    COMPLETE(Party.SECRETARIAT),
    /** Sent back to the city with a comment: the assignment is in progress again. */
    RETURN(Party.SECRETARIAT),
    CANCEL(Party.SECRETARIAT),
    /** The responsible liaison changed with a handover of the post. */
    HANDOVER(Party.SYSTEM),
    /** The secretariat reminded the city (催办); the state does not change. At most once an hour per city. */
    REMIND(Party.SECRETARIAT),
    /** The secretariat moved the task's due date, with a reason; logged for every open city. */
    RESCHEDULE(Party.SECRETARIAT);

    /** Who may take an action: the city's liaisons, the secretariat, or only the system itself. */
    public enum Party {
        CITY, SECRETARIAT, SYSTEM
    }

    private final Party party;

    TaskAction(Party party) {
        this.party = party;
    }

    public Party party() {
        return party;
    }

    /** The lower-case name used in the API. */
    public String code() {
        return EnumCodes.code(this);
    }

    /** Reads the API's name in any case; null for anything else. */
    public static TaskAction fromCode(String code) {
        return EnumCodes.fromCode(TaskAction.class, code);
    }
}
