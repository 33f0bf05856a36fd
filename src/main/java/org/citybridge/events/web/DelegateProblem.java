package org.citybridge.events.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * A problem of one participant's row, listed above a refused delegation form with a link to its field: with several
 * participants the field in error is often far below the top of the page, where the page opens again.
 *
 * @param anchor      the id of the field (of the row, for the optional sessions' checkboxes)
 * @param participant the row's number as its legend shows it, from 1
 * @param labelKeys   the message keys naming the field, e.g. 抵达 · 时间
 */
record DelegateProblem(String anchor, int participant, List<String> labelKeys, String message) {

    private static final Pattern FIELD = Pattern.compile("delegates\\[(\\d+)]\\.(\\w+)");
    private static final String KEY = "event.delegate.";
    private static final Map<String, List<String>> LABELS = Map.ofEntries(
            Map.entry("name", List.of(KEY + "name")), Map.entry("gender", List.of(KEY + "gender")),
            Map.entry("post", List.of(KEY + "post")), Map.entry("unit", List.of(KEY + "unit")),
            Map.entry("mobile", List.of(KEY + "mobile")), Map.entry("role", List.of(KEY + "role")),
            Map.entry("diet", List.of(KEY + "diet")), Map.entry("dietNote", List.of(KEY + "dietNote")),
            Map.entry("lodging", List.of(KEY + "lodging")),
            Map.entry("arrivalDate", List.of(KEY + "arrival", KEY + "date")), Map.entry("arrivalTime", List.of(KEY + "arrival", KEY + "time")),
            Map.entry("arrivalTrip", List.of(KEY + "arrival", KEY + "trip")), Map.entry("arrivalStation", List.of(KEY + "arrivalStation")),
            Map.entry("departureDate", List.of(KEY + "departure", KEY + "date")),
            Map.entry("departureTime", List.of(KEY + "departure", KEY + "time")),
            Map.entry("departureTrip", List.of(KEY + "departure", KEY + "trip")),
            Map.entry("departureStation", List.of(KEY + "departureStation")),
            Map.entry("visitGroupId", List.of(KEY + "group")), Map.entry("sessionIds", List.of(KEY + "sessions")));

    /** The field errors of the participants' rows, in the order they were found; the quota's and global ones are shown apart. */
    static List<DelegateProblem> of(BindingResult result, MessageSource messages, Locale locale) {
        return result.getFieldErrors().stream()
                .map(error -> of(error, messages, locale))
                .filter(Objects::nonNull)
                .toList();
    }

    private static DelegateProblem of(FieldError error, MessageSource messages, Locale locale) {
        Matcher field = FIELD.matcher(error.getField());
        if (!field.matches()) {
            return null;
        }
        int row = Integer.parseInt(field.group(1));
        String anchor = "sessionIds".equals(field.group(2)) ? "delegate-" + row : error.getField();
        return new DelegateProblem(anchor, row + 1, LABELS.getOrDefault(field.group(2), List.of()), messages.getMessage(error, locale));
    }
}
