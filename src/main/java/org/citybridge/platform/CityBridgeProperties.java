package org.citybridge.platform;

import java.nio.file.Path;
import java.time.ZoneId;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deployment settings under {@code citybridge.*}.
 *
 * @param dataDir  where the embedded database and uploaded files live ({@code CITYBRIDGE_DATA_DIR})
 * @param timeZone the zone dates are shown and deadlines computed in
 * @param baseUrl  the address users reach the application at, for links in mail ({@code CITYBRIDGE_BASE_URL})
 */
@ConfigurationProperties("citybridge")
public record CityBridgeProperties(Path dataDir, ZoneId timeZone, String baseUrl) {

    /** An absolute link to a path of the application, e.g. {@code /admin/inbox/12}. */
    public String link(String path) {
        return baseUrl + path;
    }

    public CityBridgeProperties {
        if (dataDir == null) {
            dataDir = Path.of("data");
        }
        if (timeZone == null) {
            timeZone = ZoneId.of("Asia/Shanghai");
        }
        if (baseUrl == null || baseUrl.isBlank()) {
            baseUrl = "http://localhost:8080";
        }
        baseUrl = baseUrl.replaceAll("/+$", "");
    }
}
