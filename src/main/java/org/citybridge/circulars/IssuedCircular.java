package org.citybridge.circulars;

import java.util.List;

/** A circular just issued and the codes of the cities it reached. */
public record IssuedCircular(long circularId, List<String> cityCodes) {
}
