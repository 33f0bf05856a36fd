package org.citybridge.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.citybridge.portal.domain.SiteSettings;

/**
 * The site settings form (网站设置) as administrators fill it in; the favicon is a file of its own.
 *
 * @param removedFiles a favicon chosen on an earlier try of the form and taken off again
 */
record SiteSettingsForm(String name, String nameEn, String domain, String siteCode, String icpNumber, String icpLink,
                        String policeNumber, String policeLink, String sponsor, String organiser, String address,
                        String phone, String email, Boolean removeFavicon, List<UUID> removedFiles) {

    SiteSettingsForm {
        removeFavicon = Boolean.TRUE.equals(removeFavicon);
        removedFiles = removedFiles == null ? new ArrayList<>() : new ArrayList<>(removedFiles);
    }

    static SiteSettingsForm of(SiteSettings s) {
        return new SiteSettingsForm(s.name(), s.nameEn(), s.domain(), s.siteCode(), s.icpNumber(),
                s.icpLink() == null ? SiteSettings.ICP_LINK : s.icpLink(), s.policeNumber(), s.policeLink(), s.sponsor(),
                s.organiser(), s.address(), s.phone(), s.email(), false, null);
    }

    /** The settings as sent, without the favicon (which the service keeps). */
    SiteSettings settings() {
        return new SiteSettings(name, nameEn, domain, siteCode, icpNumber, icpLink, policeNumber, policeLink, sponsor,
                organiser, address, phone, email, null);
    }
}
