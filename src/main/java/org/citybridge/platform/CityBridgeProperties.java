package org.citybridge.platform;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deployment settings under {@code citybridge.*}.
 *
 * @param dataDir  where the embedded database and uploaded files live ({@code CITYBRIDGE_DATA_DIR})
 * @param timeZone the zone dates are shown and deadlines computed in
 */
@ConfigurationProperties("citybridge")
public record CityBridgeProperties(Path dataDir, ZoneId timeZone) {

    public CityBridgeProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (timeZone == null) {
            timeZone = ZoneId.of("Asia/Shanghai");
        }
    }
}
