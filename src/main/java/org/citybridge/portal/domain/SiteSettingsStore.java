package org.citybridge.portal.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The one row of {@code portal_site_settings}. */
@Component
class SiteSettingsStore {

    private final JdbcClient jdbc;

    SiteSettingsStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    SiteSettings read() {
        return jdbc.sql("""
                        SELECT name, name_en, domain, site_code, icp_number, icp_link, police_number, police_link, sponsor,
                               organiser, address, phone, email, favicon_file_id
                        FROM portal_site_settings WHERE id = 1""")
                .query((rs, n) -> new SiteSettings(rs.getString("name"), rs.getString("name_en"), rs.getString("domain"),
                        rs.getString("site_code"), rs.getString("icp_number"), rs.getString("icp_link"),
                        rs.getString("police_number"), rs.getString("police_link"), rs.getString("sponsor"),
                        rs.getString("organiser"), rs.getString("address"), rs.getString("phone"), rs.getString("email"),
                        rs.getObject("favicon_file_id", UUID.class)))
                .single();
    }

    void write(SiteSettings settings, String by, Instant at) {
        jdbc.sql("""
                        UPDATE portal_site_settings SET name = :name, name_en = :nameEn, domain = :domain, site_code = :siteCode,
                               icp_number = :icpNumber, icp_link = :icpLink, police_number = :policeNumber,
                               police_link = :policeLink, sponsor = :sponsor, organiser = :organiser, address = :address,
                               phone = :phone, email = :email, favicon_file_id = :favicon, updated_by = :by, updated_at = :at
                        WHERE id = 1""")
                .param("name", settings.name()).param("nameEn", settings.nameEn()).param("domain", settings.domain())
                .param("siteCode", settings.siteCode()).param("icpNumber", settings.icpNumber())
                .param("icpLink", settings.icpLink()).param("policeNumber", settings.policeNumber())
                .param("policeLink", settings.policeLink()).param("sponsor", settings.sponsor())
                .param("organiser", settings.organiser()).param("address", settings.address())
                .param("phone", settings.phone()).param("email", settings.email())
                .param("favicon", settings.faviconFileId()).param("by", by).param("at", Timestamp.from(at))
                .update();
    }
}
