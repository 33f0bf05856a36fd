package org.citybridge.directory.bulk;

import java.util.List;

/** A batch with every city it changed. */
public record BatchDetails(BatchView batch, List<CityLine> changes) {
}
