package org.citybridge.circulars.domain;

import java.time.Instant;
import java.util.List;

import org.citybridge.directory.Targets;
import org.citybridge.files.AttachmentView;

/**
 * Everything about one circular as staff see it, and as a city sees its content.
 *
 * @param replyLink the page of the application where cities reply instead of a receipt form (an event's registration),
 *                  or null
 */
public record CircularDetails(long id, String docNumber, String title, Urgency urgency, String bodyHtml,
                              CircularStatus status, Targets targets, ReceiptForm receiptForm, String replyLink, Instant deadline,
                              int revision, String createdBy, Instant createdAt, String issuedBy, Instant issuedAt,
                              String withdrawnBy, Instant withdrawnAt, String withdrawReason,
                              List<AttachmentView> attachments, List<RevisionView> revisions) {

    /** The same circular without its body, attachments and revisions, as a city sees it once withdrawn. */
    public CircularDetails withoutContent() {
        return new CircularDetails(id, docNumber, title, urgency, "", status, targets, receiptForm, replyLink, deadline, revision,
                createdBy, createdAt, issuedBy, issuedAt, withdrawnBy, withdrawnAt, withdrawReason, List.of(), List.of());
    }

    /**
     * The same circular telling how it was addressed (the mode) but not which provinces or cities were picked, as a
     * city or a province coordinator sees it: they learn nothing about other cities from it.
     */
    public CircularDetails withAddressingOnly() {
        Targets mode = new Targets(targets.mode(), List.of(), targets.level(), targets.tag(), List.of());
        return new CircularDetails(id, docNumber, title, urgency, bodyHtml, status, mode, receiptForm, replyLink, deadline, revision,
                createdBy, createdAt, issuedBy, issuedAt, withdrawnBy, withdrawnAt, withdrawReason, attachments, revisions);
    }

    public boolean hasReceipt() {
        return receiptForm != null;
    }

    /** The cities are asked to reply: on the receipt form, or on the page the reply link names. */
    public boolean expectsReply() {
        return hasReceipt() || replyLink != null;
    }

    public boolean corrected() {
        return revision > 1;
    }

    public boolean draft() {
        return status == CircularStatus.DRAFT;
    }

    public boolean issued() {
        return status == CircularStatus.ISSUED;
    }

    public boolean withdrawn() {
        return status == CircularStatus.WITHDRAWN;
    }
}
