package org.citybridge.submissions.domain;

import java.util.List;
import java.util.Locale;

import org.citybridge.directory.LiaisonContact;
import org.citybridge.mail.MailOutbox;
import org.citybridge.mail.OutgoingMail;
import org.citybridge.platform.CityBridgeProperties;
import org.citybridge.submissions.ReviewAction;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells a city's liaisons that its report was returned (退回修改) or rejected (不予采用), with the opinion: written into
 * the outbox in the review's transaction (in Chinese), sent afterwards.
 */
@Component
class SubmissionMail {

    private static final Locale MAIL_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final MailOutbox outbox;
    private final MessageSource messages;
    private final CityBridgeProperties properties;

    SubmissionMail(MailOutbox outbox, MessageSource messages, CityBridgeProperties properties) {
        this.outbox = outbox;
        this.messages = messages;
        this.properties = properties;
    }

    /** Answers how many messages were written; nothing for an action that is not a return or a rejection. */
    int decided(long id, String title, ReviewAction action, String opinion, List<LiaisonContact> liaisons) {
        if (action != ReviewAction.RETURN && action != ReviewAction.REJECT) {
            return 0;
        }
        String kind = action.name().toLowerCase(Locale.ROOT);
        String link = properties.link("/admin/submissions/" + id);
        int sent = 0;
        for (LiaisonContact liaison : liaisons) {
            if (liaison.email() == null || liaison.email().isBlank()) {
                continue;
            }
            String subject = messages.getMessage("submission.mail." + kind + ".subject", new Object[]{title}, MAIL_LOCALE);
            String body = messages.getMessage("submission.mail." + kind + ".body",
                    new Object[]{liaison.name(), title, opinion, link}, MAIL_LOCALE);
            outbox.enqueue(new OutgoingMail(liaison.email(), subject, body, "submission-" + kind + "ed"));
            sent++;
        }
        return sent;
    }
}
