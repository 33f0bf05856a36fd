package org.citybridge.events.domain;

import org.citybridge.directory.Targets;

/**
 * The invitation as the secretariat writes it: the circular's number (文号), title and text, and the cities it goes to
 * (chosen as for any circular). The link to the city's registration page is added to the text when it is issued.
 *
 * @param title    null: the default title (关于参加“…”的通知)
 * @param bodyHtml rich text; null: the default text written from the event
 */
public record InvitationDraft(String docNumber, String title, String bodyHtml, Targets targets) {
}
