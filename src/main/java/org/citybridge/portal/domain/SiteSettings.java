package org.citybridge.portal.domain;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The site's own particulars as Chinese government and association sites carry them in their page metadata and footer.
 *
 * @param domain       the site's domain without scheme, e.g. www.example.org.cn (SiteDomain)
 * @param siteCode     网站标识码 (SiteIDCode)
 * @param icpNumber    ICP filing number, e.g. 京ICP备12345678号-1, linked to {@code icpLink}
 * @param policeNumber 公安 filing number, e.g. 京公网安备 11010502030143号, linked to {@code policeLink}
 * @param sponsor      主办单位
 * @param organiser    承办单位
 */
public record SiteSettings(String name, String nameEn, String domain, String siteCode, String icpNumber, String icpLink,
                           String policeNumber, String policeLink, String sponsor, String organiser, String address,
                           String phone, String email, UUID faviconFileId) {

    public static final String ICP_LINK = "https://beian.miit.gov.cn/";

    /** The name readers see: the English one on English pages when there is one, the Chinese one otherwise. */
    public String displayName(Locale locale) {
        return nameEn != null && "en".equals(locale.getLanguage()) ? nameEn : name;
    }

    /** What the icon's address carries ({@code /favicon.ico?v=…}), so that browsers fetch a new icon at once. */
    public String faviconVersion() {
        return faviconFileId == null ? "default" : faviconFileId.toString().substring(0, 8);
    }

    /** Whether the footer has a line of contact details. */
    public boolean hasContact() {
        return address != null || phone != null || email != null;
    }

    /** What changes are recorded by: every field by name, the favicon by its file. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("nameEn", nameEn);
        fields.put("domain", domain);
        fields.put("siteCode", siteCode);
        fields.put("icpNumber", icpNumber);
        fields.put("icpLink", icpLink);
        fields.put("policeNumber", policeNumber);
        fields.put("policeLink", policeLink);
        fields.put("sponsor", sponsor);
        fields.put("organiser", organiser);
        fields.put("address", address);
        fields.put("phone", phone);
        fields.put("email", email);
        fields.put("favicon", faviconFileId == null ? null : faviconFileId.toString());
        return fields;
    }

    SiteSettings withFavicon(UUID fileId) {
        return new SiteSettings(name, nameEn, domain, siteCode, icpNumber, icpLink, policeNumber, policeLink, sponsor,
                organiser, address, phone, email, fileId);
    }
}
