package org.citybridge.directory.bulk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.citybridge.directory.CityDirectory;
import org.citybridge.directory.CityRef;
import org.citybridge.directory.Membership;
import org.citybridge.directory.bulk.BulkOperation.AddTag;
import org.citybridge.directory.bulk.BulkOperation.ImportMembers;
import org.citybridge.directory.bulk.BulkOperation.RemoveTag;
import org.citybridge.directory.bulk.BulkOperation.SetMembership;
import org.citybridge.directory.bulk.BulkOperation.Undo;
import org.citybridge.directory.domain.RosterAccess;
import org.citybridge.directory.domain.RosterJournal;
import org.citybridge.shared.Actor;
import org.citybridge.shared.NotFoundException;
import org.citybridge.shared.PageOf;
import org.citybridge.shared.RuleViolation;
import org.citybridge.shared.RuleViolations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes many cities' membership or one tag at once, for the secretariat only: first a preview of what changes in
 * each city, then the change itself in one transaction, one audit entry per city naming the batch, and an undo that
 * is itself a previewed batch.
 */
@Service
@Transactional
public class CityBulkChanges {

    static final int TAG_MAX = 40;

    private final RosterAccess access;
    private final CityDirectory directory;
    private final BatchStore store;
    private final RosterJournal journal;

    CityBulkChanges(RosterAccess access, CityDirectory directory, BatchStore store, RosterJournal journal) {
        this.access = access;
        this.directory = directory;
        this.store = store;
        this.journal = journal;
    }

    @Transactional(readOnly = true)
    public BulkPlan preview(CitySelection selection, BulkOperation operation) {
        access.requireSecretariat();
        return plan(selection, operation, false);
    }

    /**
     * Applies the change as previewed. Refused, with nothing changed, when an undo meets cities changed since the
     * batch, or when the plan is no longer the one with {@code fingerprint} (null: no preview to compare with).
     */
    public BatchView apply(CitySelection selection, BulkOperation operation, String fingerprint) {
        Actor actor = access.requireSecretariat();
        BulkPlan plan = plan(selection, operation, true);
        if (!plan.conflicts().isEmpty()) {
            throw new RuleViolation(null, "bulk.error.changedSince",
                    plan.conflicts().stream().map(CityLine::cityName).collect(Collectors.joining("、")));
        }
        if (fingerprint != null && !fingerprint.equals(plan.fingerprint())) {
            throw new RuleViolation(null, "bulk.error.outdated");
        }
        if (plan.changes().isEmpty()) {
            throw new RuleViolation(null, "bulk.error.nothingChanges");
        }
        long id = store.insert(plan, operation, actor.username());
        for (CityLine change : plan.changes()) {
            store.write(plan.tag(), change);
            journal.record("city.bulk", "city", change.cityCode(), audited(plan.tag(), change.from(), id),
                    audited(plan.tag(), change.to(), id));
        }
        Map<String, Object> batch = new LinkedHashMap<>();
        batch.put("action", plan.action());
        batch.put("tag", plan.tag());
        batch.put("undoOf", plan.undoOf());
        batch.put("cities", plan.changes().stream().map(CityLine::cityCode).toList());
        journal.record("city.batch", "city_batch", id, null, batch);
        return store.details(id).orElseThrow().batch();
    }

    @Transactional(readOnly = true)
    public PageOf<BatchView> batches(int page, int size) {
        access.requireSecretariat();
        return store.batches(page, size);
    }

    @Transactional(readOnly = true)
    public BatchDetails batch(long id) {
        access.requireSecretariat();
        return details(id);
    }

    private BulkPlan plan(CitySelection selection, BulkOperation operation, boolean lock) {
        if (operation instanceof Undo undo) {
            BatchDetails batch = details(undo.batchId());
            if (batch.batch().undoneBy() != null) {
                throw new RuleViolation(null, "bulk.error.alreadyUndone", batch.batch().id(), batch.batch().undoneBy());
            }
            List<String> codes = batch.changes().stream().map(CityLine::cityCode).toList();
            return BulkPlanner.undo(batch, store.states(codes, lock));
        }
        RuleViolations.throwIfAny(BulkRules.check(operation));
        Set<String> codes = cities(selection, operation);
        return BulkPlanner.plan(operation, store.states(codes, lock));
    }

    private Set<String> cities(CitySelection selection, BulkOperation operation) {
        if (operation instanceof ImportMembers imported) {
            return imported.targets().keySet();
        }
        if (selection.allMatching()) {
            return refs(directory.cityRefs(selection.filter()));
        }
        if (selection.codes().isEmpty()) {
            throw new RuleViolation("codes", "bulk.error.noCities");
        }
        Set<String> found = refs(directory.cityRefs(selection.codes()));
        List<String> unknown = new ArrayList<>(selection.codes());
        unknown.removeAll(found);
        if (!unknown.isEmpty()) {
            throw new RuleViolation("codes", "bulk.error.unknownCities", String.join("、", unknown));
        }
        return found;
    }

    private BatchDetails details(long id) {
        return store.details(id).orElseThrow(() -> new NotFoundException("bulk.error.unknownBatch", id));
    }

    private static Set<String> refs(List<CityRef> refs) {
        return refs.stream().map(CityRef::code).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Map<String, Object> audited(String tag, CityValue value, long batch) {
        Map<String, Object> state = new LinkedHashMap<>();
        if (tag == null) {
            state.put("membership", value.membership());
            state.put("memberSince", value.membership() == Membership.NONE ? null : value.memberSince());
        } else {
            state.put("tag", tag);
            state.put("tagged", value.tagged());
        }
        state.put("batch", batch);
        return state;
    }

    /** The checks of the operation's own input, each on its field. */
    static final class BulkRules {

        private BulkRules() {
        }

        static List<RuleViolation> check(BulkOperation operation) {
            List<RuleViolation> violations = new ArrayList<>();
            if (operation instanceof SetMembership set) {
                if (set.membership() == null) {
                    violations.add(new RuleViolation("membership", "validation.required"));
                } else if (set.membership() == Membership.MEMBER && set.memberSince() == null) {
                    violations.add(new RuleViolation("memberSince", "bulk.error.memberSinceRequired"));
                }
            } else if (operation instanceof AddTag || operation instanceof RemoveTag) {
                tag(operation.tag(), violations);
            } else if (operation instanceof ImportMembers imported && imported.targets().isEmpty()) {
                violations.add(new RuleViolation("file", "bulk.error.noValidRows"));
            }
            return violations;
        }

        private static void tag(String tag, List<RuleViolation> violations) {
            if (tag == null || tag.isBlank()) {
                violations.add(new RuleViolation("tag", "validation.required"));
            } else if (tag.strip().length() > TAG_MAX) {
                violations.add(new RuleViolation("tag", "bulk.error.tagTooLong", TAG_MAX));
            }
        }
    }
}
