package org.citybridge.circulars;

/** A circular went out to its cities. */
public record CircularIssued(long circularId, int cities) {
}
