package org.citybridge.tasks;

/**
 * The supervision figures of one province or city.
 *
 * @param open    assignments neither completed nor cancelled
 * @param dueSoon waiting for the city and due within the next 7 days (today included)
 * @param overdue waiting for the city and past the due date
 */
public record BoardCount(String code, String name, long open, long dueSoon, long overdue) {
}
