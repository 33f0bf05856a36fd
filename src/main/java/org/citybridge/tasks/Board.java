package org.citybridge.tasks;

import java.util.List;

import org.citybridge.shared.PageOf;

/** The supervision board: totals, figures by province and by city, and the assignments, oldest overdue first. */
public record Board(BoardCount total, List<BoardCount> byProvince, List<BoardCount> byCity, PageOf<AssignmentView> rows) {
}
