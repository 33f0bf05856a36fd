package org.citybridge.circulars.domain;

/** The kinds of question a receipt form asks. */
public enum FieldType {
    TEXT, NUMBER, SINGLE_CHOICE, MULTIPLE_CHOICE, DATE,
    /** A repeatable group of name, post and phone: who will attend. */
    DELEGATES;

    public boolean hasOptions() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }
}
