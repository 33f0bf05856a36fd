package org.citybridge.directory;

/** Member cities with an active liaison against all member cities. */
public record Coverage(long covered, long members) {

    public int percent() {
        return members == 0 ? 0 : (int) Math.round(100.0 * covered / members);
    }
}
