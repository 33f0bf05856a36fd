package org.citybridge.events.domain;

import org.citybridge.shared.Actor;
import org.springframework.stereotype.Component;

/**
 * Puts each registered delegate's signed check-in code, the one its badge carries, into a delegation read by someone
 * who may print the city's badges ({@link EventAccess#mayHoldCheckInCodes}); anyone else gets the delegation without
 * codes. Waitlisted and cancelled delegates get no badge, hence no code.
 */
@Component
class BadgeCodes {

    private final CheckInCodes codes;
    private final EventAccess access;

    BadgeCodes(CheckInCodes codes, EventAccess access) {
        this.codes = codes;
        this.access = access;
    }

    DelegationView signed(Actor actor, DelegationView delegation) {
        if (!access.mayHoldCheckInCodes(actor, delegation.cityCode())) {
            return delegation;
        }
        return delegation.withDelegates(delegation.delegates().stream()
                .map(d -> d.state() == DelegateState.REGISTERED ? d.withCheckInCode(codes.issue(delegation.eventId(), d.id())) : d)
                .toList());
    }
}
