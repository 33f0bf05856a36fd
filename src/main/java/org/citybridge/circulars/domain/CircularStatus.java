package org.citybridge.circulars.domain;

public enum CircularStatus {
    DRAFT, ISSUED, WITHDRAWN
}
