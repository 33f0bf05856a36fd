package org.citybridge.events.domain;

/** 联络员工作会议, 培训班, 座谈会. */
public enum EventKind {
    ANNUAL_CONFERENCE, TRAINING, FORUM
}
