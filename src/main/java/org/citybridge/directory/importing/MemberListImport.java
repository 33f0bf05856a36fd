package org.citybridge.directory.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityFilter;
import org.citybridge.directory.CityRef;
import org.citybridge.directory.Membership;
import org.citybridge.directory.bulk.BulkOperation.ImportMembers;
import org.citybridge.directory.bulk.CityValue;
import org.citybridge.directory.domain.RosterAccess;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Checks a member list (城市, 入会时间, optionally 状态) row by row and turns its valid rows into a bulk change of
 * membership; nothing is written here: the bulk preview shows what would change and applies it.
 */
@Service
public class MemberListImport {

    private static final Map<String, Membership> STATUSES = Map.ofEntries(
            Map.entry("", Membership.MEMBER), Map.entry("会员", Membership.MEMBER), Map.entry("正式会员", Membership.MEMBER),
            Map.entry("在会", Membership.MEMBER), Map.entry("MEMBER", Membership.MEMBER),
            Map.entry("暂停", Membership.SUSPENDED), Map.entry("暂停会员", Membership.SUSPENDED),
            Map.entry("SUSPENDED", Membership.SUSPENDED),
            Map.entry("非会员", Membership.NONE), Map.entry("退出", Membership.NONE), Map.entry("退会", Membership.NONE),
            Map.entry("NONE", Membership.NONE));

    private final RosterAccess access;
    private final CityDirectory directory;
    private final MessageSource messages;

    MemberListImport(RosterAccess access, CityDirectory directory, MessageSource messages) {
        this.access = access;
        this.directory = directory;
        this.messages = messages;
    }

    public long maxMegabytes() {
        return UploadedSheets.maxMegabytes();
    }

    public MemberListReport check(byte[] file) {
        access.requireSecretariat();
        CityResolver cities = new CityResolver(directory.cityRefs(CityFilter.all()));
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, Integer> firstRowOfCity = new HashMap<>();
        Map<String, CityValue> targets = new LinkedHashMap<>();
        List<MemberListReport.Row> rows = new ArrayList<>();
        for (MemberListRow row : MemberListReader.read(file)) {
            List<String> errors = new ArrayList<>();
            CityRef city = city(cities, row, errors, locale);
            Membership membership = STATUSES.get(row.status().toUpperCase(Locale.ROOT));
            if (membership == null) {
                errors.add(text(locale, "memberList.error.status", row.status()));
            }
            Optional<LocalDate> since = ImportDates.parse(row.since());
            if (since.isEmpty() && (!row.since().isEmpty() || membership == Membership.MEMBER)) {
                errors.add(text(locale, row.since().isEmpty() ? "memberList.error.sinceMissing" : "memberList.error.since",
                        row.since()));
            }
            if (city != null) {
                Integer first = firstRowOfCity.putIfAbsent(city.code(), row.number());
                if (first != null) {
                    errors.add(text(locale, "memberList.error.duplicate", first));
                }
            }
            if (errors.isEmpty()) {
                targets.put(city.code(), CityValue.membership(membership, since.orElse(null)));
            }
            rows.add(new MemberListReport.Row(row.number(), row.city(), row.since(), row.status(),
                    city == null ? null : city.code(), city == null ? null : city.name(), membership,
                    since.orElse(null), List.copyOf(errors)));
        }
        return new MemberListReport(List.copyOf(rows), new ImportMembers(targets));
    }

    private CityRef city(CityResolver cities, MemberListRow row, List<String> errors, Locale locale) {
        if (row.city().isEmpty()) {
            errors.add(text(locale, "memberList.error.cityMissing"));
            return null;
        }
        CityResolver.Resolution found = cities.resolve("", row.city(), row.province());
        if (found.problem() != null) {
            errors.add(text(locale, found.problem().messageKey(), found.problem().args()));
        }
        return found.city();
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
