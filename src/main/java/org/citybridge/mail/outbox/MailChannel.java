package org.citybridge.mail.outbox;

/** Where the dispatcher delivers messages: an SMTP server, or the log when none is configured. */
interface MailChannel {

    /** A connection for the messages of one dispatch run, used by one thread, closed at the end of the run. */
    Connection open();

    interface Connection extends AutoCloseable {

        /** Delivers one message and answers the status it reached ({@link MailStatus#SENT} or {@link MailStatus#LOGGED}). */
        MailStatus deliver(OutboxMessage message) throws DeliveryFailure;

        @Override
        void close();
    }
}
