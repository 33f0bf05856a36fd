package org.citybridge.portal.domain;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.citybridge.files.FilePolicy;
import org.citybridge.files.FileStore;
import org.citybridge.files.Upload;
import org.citybridge.portal.SiteSettingsChanged;
import org.citybridge.shared.AuditedChange;
import org.citybridge.shared.Actor;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleViolations;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators keep the site's settings (网站设置). Every change is checked as a whole (nothing is saved with an error),
 * announced ({@link SiteSettingsChanged}: audited, and the public pages show it at once) and the favicon, if one is
 * sent, must be a picture.
 */
@Service
public class SiteAdministration {

    private static final Pattern DOMAIN = Pattern.compile("(?i)^(?=.{4,200}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$");
    private static final Pattern SITE_CODE = Pattern.compile("^[A-Za-z0-9]{6,20}$");
    private static final Pattern LINK = Pattern.compile("(?i)^https?://[^\\s<>\"']+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+()\\-－ 　转,，、]{5,50}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final SiteSettingsStore store;
    private final PortalAccess access;
    private final FileStore files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SiteAdministration(SiteSettingsStore store, PortalAccess access, FileStore files, ApplicationEventPublisher events,
                       Clock clock) {
        this.store = store;
        this.access = access;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /** The settings as saved, for the form. */
    @Transactional(readOnly = true)
    public SiteSettings settings() {
        access.requireAdministrator();
        return store.read();
    }

    /**
     * Saves the settings; the favicon of {@code change} is ignored: a new one is {@code favicon}, otherwise the current
     * one stays unless {@code removeFavicon}. An empty ICP link is the filing system's own address.
     */
    @Transactional
    public void update(SiteSettings change, Upload favicon, boolean removeFavicon) {
        Actor actor = access.requireAdministrator();
        SiteSettings before = store.read();
        SiteSettings cleaned = cleaned(change);
        RuleViolations.throwIfAny(problems(cleaned));
        UUID faviconId = favicon != null ? files.store(favicon, FilePolicy.IMAGES, "favicon").id()
                : removeFavicon ? null : before.faviconFileId();
        SiteSettings after = cleaned.withFavicon(faviconId);
        store.write(after, actor.username(), clock.instant());
        events.publishEvent(new AuditedChange(actor.username(), "site.update", "site_settings", 1, before.fields(), after.fields()));
        events.publishEvent(new SiteSettingsChanged(actor.username(), before.fields(), after.fields()));
    }

    private static SiteSettings cleaned(SiteSettings s) {
        String icpNumber = clean(s.icpNumber());
        String icpLink = clean(s.icpLink());
        return new SiteSettings(clean(s.name()), clean(s.nameEn()), clean(s.domain()), clean(s.siteCode()), icpNumber,
                icpLink == null && icpNumber != null ? SiteSettings.ICP_LINK : icpLink, clean(s.policeNumber()),
                clean(s.policeLink()), clean(s.sponsor()), clean(s.organiser()), clean(s.address()), clean(s.phone()),
                clean(s.email()), null);
    }

    private static List<RuleViolation> problems(SiteSettings s) {
        List<RuleViolation> problems = new ArrayList<>();
        if (s.name() == null) {
            problems.add(new RuleViolation("name", "site.error.nameRequired"));
        }
        limit(problems, "name", s.name(), 100);
        limit(problems, "nameEn", s.nameEn(), 200);
        matches(problems, "domain", s.domain(), DOMAIN, "site.error.domain");
        matches(problems, "siteCode", s.siteCode(), SITE_CODE, "site.error.siteCode");
        limit(problems, "icpNumber", s.icpNumber(), 100);
        matches(problems, "icpLink", s.icpLink(), LINK, "site.error.link");
        limit(problems, "icpLink", s.icpLink(), 300);
        limit(problems, "policeNumber", s.policeNumber(), 100);
        matches(problems, "policeLink", s.policeLink(), LINK, "site.error.link");
        limit(problems, "policeLink", s.policeLink(), 300);
        if (s.policeLink() != null && s.policeNumber() == null) {
            problems.add(new RuleViolation("policeNumber", "site.error.policeNumberRequired"));
        }
        limit(problems, "sponsor", s.sponsor(), 200);
        limit(problems, "organiser", s.organiser(), 200);
        limit(problems, "address", s.address(), 300);
        matches(problems, "phone", s.phone(), PHONE, "site.error.phone");
        matches(problems, "email", s.email(), EMAIL, "site.error.email");
        limit(problems, "email", s.email(), 200);
        return problems;
    }

    private static void limit(List<RuleViolation> problems, String field, String value, int max) {
        if (value != null && value.length() > max) {
            problems.add(new RuleViolation(field, "site.error.tooLong", max));
        }
    }

    private static void matches(List<RuleViolation> problems, String field, String value, Pattern pattern, String key) {
        if (value != null && !pattern.matcher(value).matches()) {
            problems.add(new RuleViolation(field, key));
        }
    }

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
