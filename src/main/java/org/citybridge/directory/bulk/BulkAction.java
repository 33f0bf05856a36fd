package org.citybridge.directory.bulk;

/** What a batch did to its cities; an {@link #UNDO} restores the values another batch replaced. */
public enum BulkAction {
    SET_MEMBERSHIP, ADD_TAG, REMOVE_TAG, IMPORT, UNDO
}
