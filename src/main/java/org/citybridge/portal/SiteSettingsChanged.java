package org.citybridge.portal;

import java.util.Map;

/** An administrator changed the site's settings (name, filing numbers, sponsor, contact, favicon): before and after. */
public record SiteSettingsChanged(String actor, Map<String, Object> before, Map<String, Object> after) {
}
