package org.citybridge.directory.bulk;

import java.time.LocalDate;
import java.util.Map;

import org.citybridge.directory.Membership;
import org.citybridge.shared.RuleViolation;

/** One change asked of many cities at once. */
public sealed interface BulkOperation {

    BulkAction action();

    /**
     * The operation an action names, with its values; an undo needs the batch it undoes, and an import's operation comes
     * from its file, never from these values.
     */
    static BulkOperation of(BulkAction action, Membership membership, LocalDate memberSince, String tag, Long batch) {
        return switch (action) {
            case SET_MEMBERSHIP -> new SetMembership(membership, memberSince);
            case ADD_TAG -> new AddTag(tag);
            case REMOVE_TAG -> new RemoveTag(tag);
            case UNDO -> {
                if (batch == null) {
                    throw new RuleViolation("batch", "validation.required");
                }
                yield new Undo(batch);
            }
            case IMPORT -> throw new RuleViolation("action", "bulk.error.importByPage");
        };
    }

    /** The tag a tag operation adds or removes; null for membership. */
    default String tag() {
        return null;
    }

    /** Membership for every selected city; those already members keep their member-since date. */
    record SetMembership(Membership membership, LocalDate memberSince) implements BulkOperation {
        public BulkAction action() {
            return BulkAction.SET_MEMBERSHIP;
        }
    }

    record AddTag(String tag) implements BulkOperation {
        public AddTag {
            tag = tag == null ? null : tag.strip();
        }

        public BulkAction action() {
            return BulkAction.ADD_TAG;
        }
    }

    record RemoveTag(String tag) implements BulkOperation {
        public RemoveTag {
            tag = tag == null ? null : tag.strip();
        }

        public BulkAction action() {
            return BulkAction.REMOVE_TAG;
        }
    }

    /**
     * Each city's membership as a member list gives it, by city code; a suspension without a date keeps the city's
     * member-since date.
     */
    record ImportMembers(Map<String, CityValue> targets) implements BulkOperation {
        public ImportMembers {
            targets = Map.copyOf(targets);
        }

        public BulkAction action() {
            return BulkAction.IMPORT;
        }
    }

    /** Restores, in every city of the batch, the value the batch replaced. */
    record Undo(long batchId) implements BulkOperation {
        public BulkAction action() {
            return BulkAction.UNDO;
        }
    }
}
