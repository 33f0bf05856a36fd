package org.citybridge.directory.domain;

/** What writing imported rows changed; {@code unchanged} counts the rows that changed nothing. */
public record ImportCounts(int peopleCreated, int peopleUpdated, int appointmentsCreated, int unchanged) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0);
}
