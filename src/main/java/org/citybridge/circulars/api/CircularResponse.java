package org.citybridge.circulars.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.citybridge.circulars.domain.Change;
import org.citybridge.circulars.domain.CircularDetails;
import org.citybridge.circulars.domain.CircularStatus;
import org.citybridge.circulars.domain.ReceiptField;
import org.citybridge.circulars.domain.RevisionView;
import org.citybridge.circulars.domain.Urgency;
import org.citybridge.directory.Targets;
import org.citybridge.files.AttachmentView;

/** A circular as the API answers it: the fields docs/api.md lists, and no helper of the view it is built from. */
record CircularResponse(long id, String docNumber, String title, Urgency urgency, String bodyHtml, CircularStatus status,
                        Targets targets, List<ReceiptField> receiptForm, Instant deadline, int revision,
                        String issuedBy, Instant issuedAt, String withdrawnBy, Instant withdrawnAt, String withdrawReason,
                        List<Attachment> attachments, List<Revision> revisions) {

    record Attachment(UUID fileId, String name, String contentType, long size) {

        static Attachment of(AttachmentView view) {
            return new Attachment(view.fileId(), view.name(), view.contentType(), view.size());
        }
    }

    record Revision(int revision, String kind, String note, String title, Instant deadline, List<Change> changes,
                    String changedBy, Instant changedAt) {

        static Revision of(RevisionView view) {
            return new Revision(view.revision(), view.kind(), view.note(), view.title(), view.deadline(), view.changes(),
                    view.changedBy(), view.changedAt());
        }
    }

    static CircularResponse of(CircularDetails c) {
        return new CircularResponse(c.id(), c.docNumber(), c.title(), c.urgency(), c.bodyHtml(), c.status(), c.targets(),
                c.hasReceipt() ? c.receiptForm().fields() : null, c.deadline(), c.revision(), c.issuedBy(), c.issuedAt(),
                c.withdrawnBy(), c.withdrawnAt(), c.withdrawReason(),
                c.attachments().stream().map(Attachment::of).toList(), c.revisions().stream().map(Revision::of).toList());
    }
}
