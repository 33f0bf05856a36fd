package org.citybridge.circulars;

/** A city submitted or amended its receipt. */
public record ReceiptSubmitted(long circularId, long deliveryId, String cityCode, boolean amended) {
}
