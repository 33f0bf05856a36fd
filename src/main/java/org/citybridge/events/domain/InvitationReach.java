package org.citybridge.events.domain;

import java.util.List;

import org.citybridge.directory.CityRef;

/**
 * The cities chosen targets would invite to an event: those its earlier invitations have not invited yet.
 *
 * @param cities         by province and code
 * @param alreadyInvited the chosen cities left out, an earlier invitation having invited them
 */
public record InvitationReach(List<CityRef> cities, int alreadyInvited) {
}
