package org.citybridge.circulars.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.citybridge.directory.PhoneNumbers;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleViolations;

/** Checks a city's answers against the receipt form and gives them in the form they are kept in. */
public final class ReceiptValidator {

    static final int MAX_TEXT = 2000;
    static final int MAX_DELEGATES = 50;
    private static final Pattern NUMBER = Pattern.compile("^-?\\d{1,15}(\\.\\d{1,6})?$");

    private ReceiptValidator() {
    }

    /**
     * The answers by field key: text for text, number, choice and date fields; a list for multiple choice; a list of
     * delegates for a delegates field.
     *
     * @throws RuleViolations naming every field that is wrong, by key
     */
    public static Map<String, Object> validate(ReceiptForm form, ReceiptInput input) {
        List<RuleViolation> problems = new ArrayList<>();
        Map<String, Object> answers = new LinkedHashMap<>();
        for (ReceiptField field : form.fields()) {
            Object answer = switch (field.type()) {
                case DELEGATES -> delegates(field, input.delegates(field.key()), problems);
                case MULTIPLE_CHOICE -> choices(field, input.values(field.key()), problems);
                default -> single(field, first(input.values(field.key())), problems);
            };
            if (answer != null) {
                answers.put(field.key(), answer);
            }
        }
        RuleViolations.throwIfAny(problems);
        return answers;
    }

    private static String single(ReceiptField field, String value, List<RuleViolation> problems) {
        if (value == null) {
            if (field.required()) {
                problems.add(new RuleViolation(field.key(), "receipt.error.required", field.label()));
            }
            return null;
        }
        String problem = switch (field.type()) {
            case TEXT -> value.length() > MAX_TEXT ? "receipt.error.tooLong" : null;
            case NUMBER -> isNumber(value) ? null : "receipt.error.number";
            case DATE -> isDate(value) ? null : "receipt.error.date";
            case SINGLE_CHOICE -> field.options().contains(value) ? null : "receipt.error.option";
            default -> null;
        };
        if (problem != null) {
            problems.add(new RuleViolation(field.key(), problem, field.label(), MAX_TEXT));
            return null;
        }
        return field.type() == FieldType.NUMBER ? new BigDecimal(value).toPlainString() : value;
    }

    private static List<String> choices(ReceiptField field, List<String> values, List<RuleViolation> problems) {
        List<String> chosen = values.stream().map(ReceiptValidator::trimmed).filter(v -> v != null).distinct().toList();
        if (chosen.isEmpty()) {
            if (field.required()) {
                problems.add(new RuleViolation(field.key(), "receipt.error.required", field.label()));
            }
            return null;
        }
        if (!field.options().containsAll(chosen)) {
            problems.add(new RuleViolation(field.key(), "receipt.error.option", field.label()));
            return null;
        }
        return field.options().stream().filter(chosen::contains).toList();
    }

    private static List<Delegate> delegates(ReceiptField field, List<Delegate> given, List<RuleViolation> problems) {
        List<Delegate> delegates = given.stream().filter(d -> d != null && !d.isBlank())
                .map(d -> new Delegate(trimmed(d.name()), trimmed(d.post()), phone(trimmed(d.phone())))).toList();
        if (delegates.isEmpty()) {
            if (field.required()) {
                problems.add(new RuleViolation(field.key(), "receipt.error.delegatesRequired", field.label()));
            }
            return null;
        }
        if (delegates.size() > MAX_DELEGATES) {
            problems.add(new RuleViolation(field.key(), "receipt.error.tooManyDelegates", field.label(), MAX_DELEGATES));
            return null;
        }
        int before = problems.size();
        for (int i = 0; i < delegates.size(); i++) {
            Delegate delegate = delegates.get(i);
            if (delegate.name() == null) {
                problems.add(new RuleViolation(field.key(), "receipt.error.delegateName", i + 1));
            } else if (delegate.name().length() > 50 || (delegate.post() != null && delegate.post().length() > 100)) {
                problems.add(new RuleViolation(field.key(), "receipt.error.delegateTooLong", i + 1));
            }
            if (delegate.phone() != null && !PhoneNumbers.isMobile(delegate.phone()) && !PhoneNumbers.isOfficePhone(delegate.phone())) {
                problems.add(new RuleViolation(field.key(), "receipt.error.delegatePhone", i + 1, delegate.phone()));
            }
        }
        return problems.size() == before ? delegates : null;
    }

    /** A delegate's phone under the roster's rule: a mobile or an office phone with area code, cleaned up as typed. */
    private static String phone(String typed) {
        String mobile = PhoneNumbers.mobile(typed);
        return PhoneNumbers.isMobile(mobile) ? mobile : PhoneNumbers.officePhone(typed);
    }

    private static String first(List<String> values) {
        return values.isEmpty() ? null : trimmed(values.get(0));
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static boolean isNumber(String value) {
        return NUMBER.matcher(value).matches();
    }

    private static boolean isDate(String value) {
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
