package org.citybridge.events.domain;

import java.util.List;

/** An invitation just issued: its circular and the codes of the cities it reached. */
public record Invitation(long circularId, List<String> cities) {
}
