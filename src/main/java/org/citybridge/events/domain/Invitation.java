package org.citybridge.events.domain;

import java.util.List;

/**
 * An invitation just issued: its circular and the codes of the cities it reached.
 *
 * @param alreadyInvited how many of the chosen cities were left out, an earlier invitation of the event having
 *                       invited them
 */
public record Invitation(long circularId, List<String> cities, int alreadyInvited) {
}
