package org.citybridge.evaluation.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.citybridge.platform.jobs.JobProgress;
import org.citybridge.evaluation.CertificateView;
import org.citybridge.evaluation.CommendationView;
import org.citybridge.evaluation.VerifiedCertificate;
import org.citybridge.platform.CityBridgeProperties;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.RuleViolation;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates (荣誉证书) of the decided commendations: issued when the list is decided, numbered in order within the
 * year and never reused; printed as one PDF or one PDF each in a zip; revoked with a reason; verified by anyone by their
 * serial.
 */
@Service
@Transactional
public class Certificates {

    public static final int MAX_REASON = 500;
    static final String UNKNOWN = "evaluation.certificate.error.unknown";

    private final JdbcClient jdbc;
    private final EvaluationAccess access;
    private final Seals seals;
    private final CityBridgeProperties properties;
    private final MessageSource messages;
    private final Clock clock;

    Certificates(JdbcClient jdbc, EvaluationAccess access, Seals seals, CityBridgeProperties properties,
                 MessageSource messages, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.seals = seals;
        this.properties = properties;
        this.messages = messages;
        this.clock = clock;
    }

    /** The public address of a certificate's verification page, the serial encoded as one path segment. */
    public String verificationUrl(String serial) {
        return properties.link(CertificateView.pathOf(serial));
    }

    /** Issues a certificate to each commended liaison, in the order given, numbered after the year's last number. */
    void issue(int year, String prefix, String honour, List<CommendationView> commended) {
        int last = jdbc.sql("SELECT coalesce(max(number), 0) FROM evaluation_certificate WHERE year = :year")
                .param("year", year).query(Integer.class).single();
        LocalDate today = LocalDate.now(clock);
        for (CommendationView c : commended) {
            int number = ++last;
            jdbc.sql("""
                            INSERT INTO evaluation_certificate (serial, year, number, commendation_id, person_name, city_name, honour, issued_on)
                            VALUES (:serial, :year, :number, :commendation, :name, :city, :honour, :on)""")
                    .param("serial", CertificateSerials.serial(prefix, year, number)).param("year", year).param("number", number)
                    .param("commendation", c.id()).param("name", c.personName()).param("city", c.cityName())
                    .param("honour", honour).param("on", today).update();
        }
    }

    /** Refused before a batch is started in the background rather than when it runs. */
    public void requireMayPrint() {
        access.requireSecretariat();
    }

    @Transactional(readOnly = true)
    public List<CertificateView> of(int year) {
        access.requireSecretariat();
        return jdbc.sql(SELECT + " WHERE year = :year ORDER BY number").param("year", year).query(Certificates::view).list();
    }

    @Transactional(readOnly = true)
    public CertificateView one(int year, long id) {
        access.requireSecretariat();
        return jdbc.sql(SELECT + " WHERE year = :year AND id = :id").param("year", year).param("id", id)
                .query(Certificates::view).optional().orElseThrow(() -> new NotFoundException(UNKNOWN, String.valueOf(id)));
    }

    public void revoke(int year, long id, String reason) {
        Actor actor = access.requireSecretariat();
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_REASON) {
            throw new RuleViolation("reason", "evaluation.certificate.error.reason", MAX_REASON);
        }
        CertificateView certificate = one(year, id);
        if (certificate.revoked()) {
            throw new RuleViolation(null, "evaluation.certificate.error.revoked");
        }
        jdbc.sql("UPDATE evaluation_certificate SET revoked_at = :at, revoked_by = :by, revoke_reason = :reason WHERE id = :id")
                .param("at", Timestamp.from(clock.instant())).param("by", actor.username()).param("reason", why)
                .param("id", id).update();
    }

    /** The year's certificates that stand (not revoked), one a page. */
    @Transactional(readOnly = true)
    public byte[] printAll(int year) {
        return printAll(year, JobProgress.NONE);
    }

    @Transactional(readOnly = true)
    public byte[] printAll(int year, JobProgress progress) {
        List<CertificateView> standing = of(year).stream().filter(c -> !c.revoked()).toList();
        progress.total(standing.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CertificateSheet.write(standing.stream().map(this::printed).toList(), seals.image().orElse(null), out, progress);
        return out.toByteArray();
    }

    @Transactional(readOnly = true)
    public byte[] printOne(int year, long id) {
        CertificateView certificate = one(year, id);
        if (certificate.revoked()) {
            throw new RuleViolation(null, "evaluation.certificate.error.revoked");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CertificateSheet.write(List.of(printed(certificate)), seals.image().orElse(null), out);
        return out.toByteArray();
    }

    /** The year's certificates that stand, one PDF each, named by number and name, in a zip. */
    @Transactional(readOnly = true)
    public byte[] zipAll(int year) {
        return zipAll(year, JobProgress.NONE);
    }

    @Transactional(readOnly = true)
    public byte[] zipAll(int year, JobProgress progress) {
        byte[] seal = seals.image().orElse(null);
        List<CertificateView> standing = of(year).stream().filter(c -> !c.revoked()).toList();
        progress.total(standing.size());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (CertificateView certificate : standing) {
                ByteArrayOutputStream pdf = new ByteArrayOutputStream();
                CertificateSheet.write(List.of(printed(certificate)), seal, pdf);
                zip.putNextEntry(new ZipEntry(String.format("%d-%03d-%s.pdf", year, certificate.number(), certificate.personName())));
                pdf.writeTo(zip);
                zip.closeEntry();
                progress.advance();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A certificate by its serial for the public page, with nothing personal; unknown serials are 404. */
    @Transactional(readOnly = true)
    public VerifiedCertificate verify(String serial) {
        return jdbc.sql(SELECT + " WHERE serial = :serial").param("serial", serial).query(Certificates::view).optional()
                .map(c -> new VerifiedCertificate(c.serial(), c.personName(), c.cityName(), c.honour(), c.year(), c.issuedOn(), c.revoked()))
                .orElseThrow(() -> new NotFoundException(UNKNOWN, serial));
    }

    private CertificateSheet.Printed printed(CertificateView c) {
        return new CertificateSheet.Printed(c.serial(), c.personName(), c.cityName(), c.honour(), c.year(), c.issuedOn(),
                messages.getMessage("portal.siteName", null, Locale.SIMPLIFIED_CHINESE), verificationUrl(c.serial()));
    }

    private static final String SELECT = """
            SELECT id, serial, year, number, commendation_id, person_name, city_name, honour, issued_on, revoked_at, revoked_by,
                   revoke_reason FROM evaluation_certificate""";

    private static CertificateView view(ResultSet rs, int n) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new CertificateView(rs.getLong("id"), rs.getString("serial"), rs.getInt("year"), rs.getInt("number"),
                rs.getLong("commendation_id"), rs.getString("person_name"), rs.getString("city_name"), rs.getString("honour"),
                rs.getObject("issued_on", LocalDate.class), revoked == null ? null : revoked.toInstant(), rs.getString("revoked_by"),
                rs.getString("revoke_reason"));
    }
}
