package org.citybridge.circulars;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** English counts in circulars and the roster say "1 city" and "2 cities", never "1 cities". */
class EnglishPluralsTest {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    EnglishPluralsTest() {
        messages.setBasenames("messages", "messages_circulars");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void circularsCountCitiesLiaisonsAndMails() {
        assertThat(en("circular.reach", 1)).isEqualTo("Goes to 1 city");
        assertThat(en("circular.reach", 2)).isEqualTo("Goes to 2 cities");
        assertThat(en("circular.reach", 1234)).isEqualTo("Goes to 1,234 cities");
        assertThat(en("circular.issue.confirmText", 1)).startsWith("Issuing sends this circular to 1 city and");
        assertThat(en("circular.reach.province", "Sichuan", 1)).isEqualTo("Sichuan (1 city)");
        assertThat(en("circular.issuedSummary", 1, 1, 1, 0))
                .isEqualTo("Delivered to 1 city and 1 liaison, 1 mail sent; every city has a liaison.");
        assertThat(en("circular.issuedSummary", 3, 2, 2, 1)).isEqualTo(
                "Delivered to 3 cities and 2 liaisons, 2 mails sent; 1 city has no liaison yet and will see it once one is appointed.");
        assertThat(en("circular.remindedCount", 1)).isEqualTo("Reminders sent to 1 city.");
        assertThat(en("tracking.headline.replied", 1, 1, "100.0")).isEqualTo("Replied 1 of 1 city (100.0%)");
        assertThat(en("tracking.headline.read", 0, 2, 0)).isEqualTo("Read by 0 of 2 cities (0%)");
        assertThat(en("tracking.shown", 1)).isEqualTo("1 city shown");
        assertThat(en("dashboard.circulars.replied", 1, 0, 2)).isEqualTo("1 circular open, 0 of 2 receipts in");
        assertThat(en("dashboard.circulars.overdue", 1)).isEqualTo("1 receipt overdue in the last 30 days");
    }

    @Test
    void theRosterCountsCitiesPeopleAndRows() {
        assertThat(en("dashboard.coverageFigure", 1, 1, 100)).isEqualTo("1 of 1 member city has an active liaison (100%)");
        assertThat(en("dashboard.coverageFigure", 2, 5, 40)).isEqualTo("2 of 5 member cities have an active liaison (40%)");
        assertThat(en("import.rows", 1, 1, 0)).isEqualTo("1 row, 1 valid, no errors");
        assertThat(en("import.rows", 2, 1, 1)).isEqualTo("2 rows, 1 valid, 1 error");
        assertThat(en("import.done", 1, 0, 1, 2)).isEqualTo("Imported: 1 person created, 0 updated, 1 appointment created, 2 rows unchanged.");
        assertThat(en("import.commitValid", 1)).isEqualTo("Import only the valid row");
    }

    @Test
    void chineseNeedsNoPluralAndIsUnchanged() {
        assertThat(messages.getMessage("circular.reach", new Object[]{1}, Locale.SIMPLIFIED_CHINESE)).isEqualTo("将发送至 1 个城市");
    }

    private String en(String key, Object... args) {
        return messages.getMessage(key, args, Locale.ENGLISH);
    }
}
