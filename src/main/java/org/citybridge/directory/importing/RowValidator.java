package org.citybridge.directory.importing;

import static org.citybridge.directory.importing.RosterColumn.CITY_CODE;
import static org.citybridge.directory.importing.RosterColumn.CITY_NAME;
import static org.citybridge.directory.importing.RosterColumn.EMAIL;
import static org.citybridge.directory.importing.RosterColumn.FROM;
import static org.citybridge.directory.importing.RosterColumn.GENDER;
import static org.citybridge.directory.importing.RosterColumn.MOBILE;
import static org.citybridge.directory.importing.RosterColumn.NAME;
import static org.citybridge.directory.importing.RosterColumn.OFFICE_PHONE;
import static org.citybridge.directory.importing.RosterColumn.POST;
import static org.citybridge.directory.importing.RosterColumn.PROVINCE;
import static org.citybridge.directory.importing.RosterColumn.ROLE;
import static org.citybridge.directory.importing.RosterColumn.TO;
import static org.citybridge.directory.importing.RosterColumn.UNIT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.citybridge.directory.Gender;
import org.citybridge.directory.LiaisonRole;
import org.citybridge.directory.PersonDetails;
import org.citybridge.directory.PhoneNumbers;
import org.citybridge.directory.TypedText;
import org.citybridge.directory.domain.ImportedRow;

/** Checks the rows of one file against the directory and against each other; use one instance per file. */
final class RowValidator {

    private static final Pattern EMAIL_FORMAT = Pattern.compile(PersonDetails.EMAIL);

    private final CityResolver cities;
    private final Map<String, Integer> firstRowOfAppointment = new HashMap<>();

    RowValidator(CityResolver cities) {
        this.cities = cities;
    }

    CheckedRow check(SheetRow row) {
        List<RowProblem> problems = new ArrayList<>();
        for (RosterColumn column : RosterColumn.values()) {
            String value = column == NAME ? name(row) : row.value(column);
            if (value.isEmpty() && column.required()) {
                problems.add(new RowProblem(column, "import.row.required", column.header()));
            } else if (column.maxLength() > 0 && value.length() > column.maxLength()) {
                problems.add(new RowProblem(column, "import.row.tooLong", column.header(), column.maxLength()));
            }
        }
        CityResolver.Resolution city = cities.resolve(row.value(CITY_CODE), row.value(CITY_NAME), row.value(PROVINCE));
        if (city.problem() != null) {
            problems.add(city.problem());
        }
        checkPhone(row, MOBILE, PhoneNumbers::mobile, PhoneNumbers::isMobile, "import.row.mobile", problems);
        checkPhone(row, OFFICE_PHONE, PhoneNumbers::officePhone, PhoneNumbers::isOfficePhone, "import.row.officePhone", problems);
        checkFormat(row, EMAIL, EMAIL_FORMAT, "import.row.email", problems);
        Optional<Gender> gender = label(row, GENDER, RosterLabels::gender, "import.row.gender", problems);
        Optional<LiaisonRole> role = label(row, ROLE, RosterLabels::role, "import.row.role", problems);
        Optional<LocalDate> from = date(row, FROM, problems);
        Optional<LocalDate> to = date(row, TO, problems);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            problems.add(new RowProblem(TO, "import.row.endBeforeStart"));
        }
        if (!problems.isEmpty()) {
            return new CheckedRow(row, city.city(), null, List.copyOf(problems));
        }
        ImportedRow imported = new ImportedRow(new PersonDetails(name(row), gender.orElse(null), row.value(POST),
                row.value(UNIT), row.value(MOBILE), row.value(OFFICE_PHONE), row.value(EMAIL), null),
                city.city().code(), role.orElseThrow(), from.orElseThrow(), to.orElse(null));
        Integer firstRow = firstRowOfAppointment.putIfAbsent(appointmentKey(imported), row.number());
        if (firstRow != null) {
            return new CheckedRow(row, city.city(), null,
                    List.of(new RowProblem(NAME, "import.row.duplicate", String.valueOf(firstRow))));
        }
        return new CheckedRow(row, city.city(), imported, List.of());
    }

    private static String name(SheetRow row) {
        return TypedText.personName(row.value(NAME));
    }

    /** Phones follow the roster's one rule: cleaned up first (spaces, dashes, +86), then checked. */
    private static void checkPhone(SheetRow row, RosterColumn column, UnaryOperator<String> cleanUp,
                                   Predicate<String> valid, String messageKey, List<RowProblem> problems) {
        if (!valid.test(cleanUp.apply(row.value(column)))) {
            problems.add(new RowProblem(column, messageKey, row.value(column)));
        }
    }

    private static void checkFormat(SheetRow row, RosterColumn column, Pattern format, String messageKey,
                                    List<RowProblem> problems) {
        if (!format.matcher(row.value(column)).matches()) {
            problems.add(new RowProblem(column, messageKey, row.value(column)));
        }
    }

    private static <T> Optional<T> label(SheetRow row, RosterColumn column, Function<String, Optional<T>> parse,
                                         String messageKey, List<RowProblem> problems) {
        String value = row.value(column);
        Optional<T> parsed = parse.apply(value);
        if (!value.isEmpty() && parsed.isEmpty()) {
            problems.add(new RowProblem(column, messageKey, value));
        }
        return parsed;
    }

    private static Optional<LocalDate> date(SheetRow row, RosterColumn column, List<RowProblem> problems) {
        String value = row.value(column);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<LocalDate> date = ImportDates.parse(value);
        if (date.isEmpty()) {
            problems.add(new RowProblem(column, "import.row.date", value));
        }
        return date;
    }

    /** The same person (name with mobile, else email) in the same post twice. */
    private static String appointmentKey(ImportedRow row) {
        PersonDetails person = row.person();
        String contact = person.mobile() != null ? "m:" + person.mobile() : person.email() != null ? "e:" + person.email() : "";
        return String.join("\u0000", person.name(), contact, row.cityCode(), row.role().name(), row.from().toString());
    }
}
