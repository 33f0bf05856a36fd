package org.citybridge.circulars.domain;

import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.citybridge.platform.html.RichText;
import org.citybridge.shared.RuleViolation;

/** The rules a circular must meet to be saved or issued, each refusal named by its form field. */
final class DraftRules {

    private static final Pattern YEAR_IN_NUMBER = Pattern.compile("[〔\\[（(【](\\d{4})[〕\\]）)】]");
    static final int MAX_FIELDS = 30;

    private DraftRules() {
    }

    static List<RuleViolation> check(CircularDraft draft, Instant now, boolean issuing) {
        List<RuleViolation> problems = new ArrayList<>();
        required(problems, "docNumber", draft.docNumber(), CircularLimits.DOC_NUMBER);
        required(problems, "title", draft.title(), CircularLimits.TITLE);
        if (draft.urgency() == null) {
            problems.add(new RuleViolation("urgency", "circular.error.required"));
        }
        if (RichText.plainText(draft.bodyHtml()).isEmpty()) {
            problems.add(new RuleViolation("bodyHtml", "circular.error.bodyRequired"));
        }
        if (draft.receiptForm() != null) {
            checkForm(draft.receiptForm(), problems);
            if (draft.deadline() == null) {
                problems.add(new RuleViolation("deadline", "circular.error.deadlineRequired"));
            }
        }
        if (draft.deadline() != null && issuing && !draft.deadline().isAfter(now)) {
            problems.add(new RuleViolation("deadline", "circular.error.deadlinePast"));
        }
        return problems;
    }

    static void checkForm(ReceiptForm form, List<RuleViolation> problems) {
        if (form.fields().isEmpty()) {
            problems.add(new RuleViolation("receiptForm", "circular.error.formEmpty"));
        }
        if (form.fields().size() > MAX_FIELDS) {
            problems.add(new RuleViolation("receiptForm", "circular.error.formTooLarge", MAX_FIELDS));
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < form.fields().size(); i++) {
            ReceiptField field = form.fields().get(i);
            String prefix = "fields[" + i + "].";
            required(problems, prefix + "label", field.label(), CircularLimits.QUESTION);
            if (field.type() == null) {
                problems.add(new RuleViolation(prefix + "type", "circular.error.required"));
            } else if (field.type().hasOptions() && field.options().stream().filter(o -> !o.isBlank()).distinct().count() < 2) {
                problems.add(new RuleViolation(prefix + "options", "circular.error.optionsRequired"));
            }
            if (field.key() == null || !field.key().matches("[a-z][a-z0-9]{0,19}") || !keys.add(field.key())) {
                problems.add(new RuleViolation(prefix + "key", "circular.error.fieldKey", field.key()));
            }
        }
    }

    /** The year a document number belongs to: the one in 〔2026〕, or the year it is written in. */
    static int yearOf(String docNumber, Instant now, ZoneId zone) {
        Matcher matcher = YEAR_IN_NUMBER.matcher(docNumber == null ? "" : docNumber);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : Year.from(now.atZone(zone)).getValue();
    }

    private static void required(List<RuleViolation> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new RuleViolation(field, "circular.error.required"));
        } else if (value.strip().length() > max) {
            problems.add(new RuleViolation(field, "circular.error.tooLong", max));
        }
    }
}
