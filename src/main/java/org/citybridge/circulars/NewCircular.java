package org.citybridge.circulars;

import java.time.Instant;

import org.citybridge.directory.Targets;

/**
 * A circular another module issues whose cities reply on that module's page instead of a receipt form, such as an
 * event's invitation answered by registering the city's delegation. Its urgency is normal and it has no attachments.
 *
 * @param bodyHtml  rich text, sanitized like every circular's body
 * @param deadline  when replies are due (reminders and the overdue status follow it); in the future
 * @param replyLink the page's path in the application, e.g. {@code /admin/events/12/delegation}
 */
public record NewCircular(String docNumber, String title, String bodyHtml, Targets targets, Instant deadline,
                          String replyLink) {
}
