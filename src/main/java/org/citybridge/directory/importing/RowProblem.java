package org.citybridge.directory.importing;

/** Why a cell was refused, as a message key with its arguments. */
record RowProblem(RosterColumn column, String messageKey, Object... args) {
}
