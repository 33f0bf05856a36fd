package org.citybridge.directory;

public enum Membership {
    MEMBER, SUSPENDED, NONE
}
