package org.citybridge.evaluation;

/** Where an objection (申诉) stands: waiting for the secretariat's answer, accepted (with manual points) or rejected. */
public enum ObjectionStatus {
    OPEN, ACCEPTED, REJECTED
}
