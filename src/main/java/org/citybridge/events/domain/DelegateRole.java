package org.citybridge.events.domain;

/** What a badge says a person is: 代表, 嘉宾, 工作人员. */
public enum DelegateRole {
    DELEGATE, GUEST, STAFF
}
