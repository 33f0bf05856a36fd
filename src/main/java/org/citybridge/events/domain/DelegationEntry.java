package org.citybridge.events.domain;

import java.util.List;


/**
 * A city's delegation as its liaison sends it: the whole list of the delegates who are coming. Delegates with an id
 * are the city's registered or waitlisted ones, amended (they keep their place or their turn); those without are new;
 * active ones left out are cancelled.
 *
 * @param answer DECLINED with no delegates to decline; null means REGISTERED with delegates and DECLINED without
 */
public record DelegationEntry(DelegationAnswer answer, List<DelegateEntry> delegates) {

    public DelegationEntry {
        delegates = delegates == null ? List.of() : delegates.stream().map(d -> d == null ? DelegateEntry.EMPTY : d).toList();
    }

    public DelegationAnswer effectiveAnswer() {
        return answer != null ? answer : delegates.isEmpty() ? DelegationAnswer.DECLINED : DelegationAnswer.REGISTERED;
    }
}
