package org.citybridge.submissions;

/** What a report is: city news (城市动态), an experience to share (经验交流) or a research report (调研报告). */
public enum SubmissionKind {
    CITY_NEWS, EXPERIENCE, RESEARCH
}
