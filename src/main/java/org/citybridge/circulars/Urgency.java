package org.citybridge.circulars;

public enum Urgency {
    NORMAL, URGENT
}
