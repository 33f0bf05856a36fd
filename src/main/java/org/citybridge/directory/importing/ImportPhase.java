package org.citybridge.directory.importing;

/** The steps of an import, as its progress bar names them. */
public enum ImportPhase {
    READING, CHECKING, WRITING
}
