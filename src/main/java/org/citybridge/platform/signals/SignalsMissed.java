package org.citybridge.platform.signals;

/**
 * This instance was not listening for a while (its listening connection failed and is open again), so signals sent
 * meanwhile are lost: whatever it keeps from the database is to be read afresh.
 */
public record SignalsMissed() {
}
