package org.citybridge.directory.importing;

import java.time.LocalDate;
import java.util.List;

import org.citybridge.directory.Membership;
import org.citybridge.directory.bulk.BulkOperation.ImportMembers;

/**
 * A member list checked row by row: what each row says and what is wrong with it; the valid rows become {@code changes},
 * the operation that the bulk preview shows city by city.
 */
public record MemberListReport(List<Row> rows, ImportMembers changes) {

    public long valid() {
        return rows.stream().filter(Row::valid).count();
    }

    public record Row(int number, String city, String since, String status, String cityCode, String cityName,
                      Membership membership, LocalDate memberSince, List<String> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }
}
