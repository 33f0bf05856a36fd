package org.citybridge.directory.importing;

/** Told how far an import has come: {@code done} of {@code total} rows in the phase (0 of 0 while reading the file). */
@FunctionalInterface
public interface ImportProgress {

    ImportProgress NONE = (phase, done, total) -> {
    };

    void reached(ImportPhase phase, int done, int total);
}
