package org.citybridge.submissions;

import java.util.Locale;

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

    /** The lower-case name used in the API, e.g. {@code return}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code return}, {@code RETURN} and the like; null for anything else. */
    public static ReviewAction fromCode(String code) {
        if (code == null) {
            return null;
        }
        try {
            return valueOf(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
