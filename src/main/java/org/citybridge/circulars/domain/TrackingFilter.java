package org.citybridge.circulars.domain;

/** Narrows the tracking table; every part is optional. */
public record TrackingFilter(DeliveryStatus status, String province, String q) {

    public static TrackingFilter none() {
        return new TrackingFilter(null, null, null);
    }
}
