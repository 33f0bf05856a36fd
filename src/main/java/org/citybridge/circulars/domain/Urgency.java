package org.citybridge.circulars.domain;

public enum Urgency {
    NORMAL, URGENT
}
