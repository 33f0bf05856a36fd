package org.citybridge.directory;

public enum LiaisonRole {
    PRIMARY, DEPUTY
}
