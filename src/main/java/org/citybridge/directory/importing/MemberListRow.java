package org.citybridge.directory.importing;

/** The texts of one row of a member list, numbered as the spreadsheet numbers it. */
record MemberListRow(int number, String city, String since, String status, String province) {

    boolean isBlank() {
        return city.isEmpty() && since.isEmpty() && status.isEmpty();
    }
}
