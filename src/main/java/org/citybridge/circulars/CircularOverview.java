package org.citybridge.circulars;

/**
 * Circulars at a glance, within the viewer's scope.
 *
 * @param open       issued circulars expecting a reply (a receipt, or on the page they link to) whose deadline has not passed
 * @param replied    of their deliveries, how many have replied
 * @param expected   how many deliveries they have
 * @param overdue    deliveries of the last 30 days past their deadline without a reply
 * @param unread     for a liaison: circulars of the city nobody has opened yet
 */
public record CircularOverview(long open, long replied, long expected, long overdue, long unread) {

    public int repliedPercent() {
        return expected == 0 ? 0 : (int) Math.round(replied * 100.0 / expected);
    }
}
