package org.citybridge.directory;

import java.time.Instant;

/**
 * A city's confirmation that its roster and contacts are checked and correct (名录和联系方式已核对无误).
 *
 * @param personId the liaison who confirmed; null when the secretariat confirmed on the city's behalf
 */
public record RosterConfirmation(long id, String cityCode, Long personId, String confirmedBy, Instant confirmedAt) {
}
