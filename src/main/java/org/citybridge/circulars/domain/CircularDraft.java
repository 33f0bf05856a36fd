package org.citybridge.circulars.domain;

import java.time.Instant;

import org.citybridge.directory.Targets;

/**
 * What staff write before issuing.
 *
 * @param receiptForm the questions cities answer, or null for a circular without a receipt
 * @param deadline    when receipts are due; required with a receipt form
 */
public record CircularDraft(String docNumber, String title, Urgency urgency, String bodyHtml, Targets targets,
                            ReceiptForm receiptForm, Instant deadline) {
}
