package org.citybridge.directory;

public enum Gender {
    MALE, FEMALE
}
