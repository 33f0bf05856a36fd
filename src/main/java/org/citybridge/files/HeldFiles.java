package org.citybridge.files;

import java.util.List;
import java.util.UUID;

import org.citybridge.shared.RuleViolation;

/** The files a form holds after a try: those kept (listed again on the form) and the refusals of the others. */
public record HeldFiles(List<StoredFile> files, List<RuleViolation> problems) {

    public static final HeldFiles NONE = new HeldFiles(List.of(), List.of());

    /** The held files, to attach on save. */
    public List<Upload> uploads() {
        return files.stream().map(Upload::held).toList();
    }

    /** The held file of a single-file field, or null. */
    public Upload upload() {
        return files.isEmpty() ? null : Upload.held(files.get(0));
    }

    public List<UUID> ids() {
        return files.stream().map(StoredFile::id).toList();
    }

    public boolean refused() {
        return !problems.isEmpty();
    }
}
