package org.citybridge.files;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.citybridge.shared.RuleViolation;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Keeps the files chosen in a form as soon as it is sent, before anything else is checked, so that a form shown
 * again (with errors, or after a builder button such as 添加问题) still has them: the page lists them by name and
 * carries their ids in hidden fields, and the final save attaches them by id ({@link Upload#held}).
 * <p>
 * Each file is kept in its own transaction: one refused file (too large, wrong type) does not lose the others.
 * Held files that are never attached stay unreadable (no module's {@link FileAccessRule} knows them).
 */
@Component
public class HeldUploads {

    private final FileStore store;
    private final TransactionTemplate transactions;

    HeldUploads(FileStore store, PlatformTransactionManager transactionManager) {
        this.store = store;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * @param chosen  the files chosen in this try of the form
     * @param held    the ids the form carried from earlier tries; only the sender's own files are kept
     * @param removed held ids the user took off
     * @param field   the form field refusals are reported on
     */
    public HeldFiles hold(List<MultipartFile> chosen, List<UUID> held, List<UUID> removed, FilePolicy policy,
                          String field) {
        List<StoredFile> files = new ArrayList<>();
        List<RuleViolation> problems = new ArrayList<>();
        Set<UUID> kept = new LinkedHashSet<>(held == null ? List.of() : held);
        kept.removeAll(removed == null ? List.of() : removed);
        kept.remove(null);
        for (UUID id : kept) {
            keep(() -> store.claim(id, policy, field), files, problems);
        }
        for (Upload upload : Upload.allOf(chosen)) {
            keep(() -> store.store(upload, policy, field), files, problems);
        }
        return new HeldFiles(files, problems);
    }

    /** The one file of a single-file field (a cover): a newly chosen one replaces the held one. */
    public HeldFiles holdOne(MultipartFile chosen, UUID held, List<UUID> removed, FilePolicy policy, String field) {
        boolean replaced = chosen != null && !Upload.isNoFile(chosen);
        return hold(chosen == null ? List.of() : List.of(chosen), held == null || replaced ? List.of() : List.of(held),
                removed, policy, field);
    }

    private void keep(Supplier<StoredFile> storing, List<StoredFile> files, List<RuleViolation> problems) {
        try {
            files.add(transactions.execute(status -> storing.get()));
        } catch (RuleViolation refusal) {
            problems.add(refusal);
        }
    }
}
