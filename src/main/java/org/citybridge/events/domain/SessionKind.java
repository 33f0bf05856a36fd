package org.citybridge.events.domain;

/** What an agenda session is: 全体会议, 专题讲座, 实地考察, 用餐, 交通. */
public enum SessionKind {
    PLENARY, LECTURE, SITE_VISIT, MEAL, TRANSFER
}
