package org.citybridge.directory;

public enum LeaderPost {
    MAYOR, DEPUTY_MAYOR, SECRETARY_GENERAL
}
