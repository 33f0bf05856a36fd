package org.citybridge.portal.domain;

import java.util.Collection;

import org.citybridge.accounts.AccountContacts;
import org.citybridge.mail.MailOutbox;
import org.citybridge.mail.OutgoingMail;
import org.citybridge.platform.CityBridgeProperties;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells a level's reviewers that an article waits for them, each at their account's mail address and in its language
 * ({@link AccountContacts}: reviewers without an address see it on their queue and home page only), with a link to
 * its review page; written into the outbox in the review's transaction.
 */
@Component
class ReviewMail {

    private final MailOutbox outbox;
    private final AccountContacts contacts;
    private final MessageSource messages;
    private final CityBridgeProperties properties;

    ReviewMail(MailOutbox outbox, AccountContacts contacts, MessageSource messages, CityBridgeProperties properties) {
        this.outbox = outbox;
        this.contacts = contacts;
        this.messages = messages;
        this.properties = properties;
    }

    /** Answers how many messages were written. */
    int waiting(long articleId, String title, String columnName, int level, Collection<String> reviewers) {
        String link = properties.link("/admin/portal/review/" + articleId);
        int sent = 0;
        for (AccountContacts.Contact contact : contacts.of(reviewers)) {
            String levelName = messages.getMessage(ReviewStatus.levelKey(level), null, contact.locale());
            String subject = messages.getMessage("review.mail.subject", new Object[]{levelName, title}, contact.locale());
            String body = messages.getMessage("review.mail.body", new Object[]{contact.name(), title, columnName,
                    levelName, link}, contact.locale());
            outbox.enqueue(new OutgoingMail(contact.email(), subject, body, "article-review"));
            sent++;
        }
        return sent;
    }
}
