package org.citybridge.submissions;

import org.citybridge.shared.EnumCodes;

/** What happens to a report, each logged with who, when and the opinion. */
public enum ReviewAction {
    /** The city wrote it (the first entry of every history). */
    CREATE(Party.CITY),
    /** The city sent it, or sent it again after a return. */
    SUBMIT(Party.CITY),
    RETURN(Party.SECRETARIAT),
    REJECT(Party.SECRETARIAT),
    ADOPT(Party.SECRETARIAT);

    /** Who may take an action: the city's liaisons or the secretariat. */
    public enum Party {
        CITY, SECRETARIAT
    }

    private final Party party;

    ReviewAction(Party party) {
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
    public static ReviewAction fromCode(String code) {
        return EnumCodes.fromCode(ReviewAction.class, code);
    }
}
