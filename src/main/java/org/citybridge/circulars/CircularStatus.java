package org.citybridge.circulars;

public enum CircularStatus {
    DRAFT, ISSUED, WITHDRAWN
}
