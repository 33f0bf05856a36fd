package org.citybridge.mail;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The one signature under every mail, naming the association as configured ({@code citybridge.association-name},
 * {@code CITYBRIDGE_ASSOCIATION_NAME}); modules write the message, the outbox signs it.
 */
@Component
public class MailSignature {

    /** The association's name when none is configured: the one the public site carries. */
    public static final String DEFAULT_ASSOCIATION = "中国城市联络协会";

    private final String associationName;
    private final MessageSource messages;

    MailSignature(@Value("${citybridge.association-name:" + DEFAULT_ASSOCIATION + "}") String associationName,
                  MessageSource messages) {
        this.associationName = associationName == null || associationName.isBlank() ? DEFAULT_ASSOCIATION : associationName.strip();
        this.messages = messages;
    }

    public String associationName() {
        return associationName;
    }

    /** The body followed by the signature (mail is written in Chinese, whatever the sender's language). */
    String sign(String body) {
        return body.stripTrailing() + "\n\n" + messages.getMessage("mail.signature", new Object[]{associationName}, Locale.SIMPLIFIED_CHINESE);
    }
}
