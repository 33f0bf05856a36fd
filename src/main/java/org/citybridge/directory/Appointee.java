package org.citybridge.directory;

/** Who is to be appointed: an existing person by id, or else a new person with these details. */
public record Appointee(Long personId, PersonDetails newPerson) {

    public static Appointee existing(long personId) {
        return new Appointee(personId, null);
    }
}
