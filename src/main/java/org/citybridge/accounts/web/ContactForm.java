package org.citybridge.accounts.web;

import jakarta.validation.constraints.Size;
import org.citybridge.accounts.domain.MailContact;

/** Where an account is told things by mail, as a form: a blank address means none. */
record ContactForm(@Size(max = MailContact.EMAIL_MAX) String email, String language) {

    static ContactForm of(MailContact contact) {
        return new ContactForm(contact.email(), contact.language());
    }
}
