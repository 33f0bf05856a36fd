package org.citybridge.files;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.citybridge.shared.RuleViolation;

/** Which file types an upload field takes and how large each file may be. */
public enum FilePolicy {
    /** Circular attachments, task evidence: office documents and photos up to 20 MB. */
    DOCUMENTS(EnumSet.of(FileType.PDF, FileType.OFD, FileType.DOCX, FileType.DOC, FileType.WPS, FileType.XLSX, FileType.XLS,
            FileType.ET, FileType.PPTX, FileType.PPT, FileType.DPS, FileType.ZIP, FileType.JPEG, FileType.PNG), 20L * 1024 * 1024),
    /** Pictures in rich text and covers: images only, up to 10 MB. */
    IMAGES(EnumSet.of(FileType.JPEG, FileType.PNG, FileType.WEBP, FileType.GIF), 10L * 1024 * 1024),
    /** A seal or signature printed on documents: PNG (with transparency) or JPEG, up to 2 MB. */
    SEALS(EnumSet.of(FileType.JPEG, FileType.PNG), 2L * 1024 * 1024);

    private final Set<FileType> accepted;
    private final long maxBytes;

    FilePolicy(Set<FileType> accepted, long maxBytes) {
        this.accepted = accepted;
        this.maxBytes = maxBytes;
    }

    public boolean accepts(FileType type) {
        return accepted.contains(type);
    }

    boolean accepts(String contentType) {
        return accepted.stream().anyMatch(type -> type.contentType().equals(contentType));
    }

    public long maxBytes() {
        return maxBytes;
    }

    public long maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }

    /** Refuses a file of {@code bytes} past this policy's size, on the form field {@code field}, naming it. */
    void refuseIfTooLarge(long bytes, String name, String field) {
        if (bytes > maxBytes) {
            throw new RuleViolation(field, "file.error.tooLarge", name, maxMegabytes());
        }
    }

    /** What people call the accepted kinds, as message keys {@code file.kind.*}: pdf, word, excel, image. */
    public List<String> kinds() {
        return accepted.stream().map(FileType::kind).distinct().toList();
    }

    /** The file input's {@code accept} attribute: extensions and content types. */
    public String acceptAttribute() {
        return accepted.stream().flatMap(type -> Stream.concat(type.extensions().stream().map(extension -> "." + extension),
                        Stream.of(type.contentType())))
                .collect(Collectors.joining(","));
    }

    public String acceptedExtensions() {
        return accepted.stream().map(FileType::extension).map(String::toUpperCase).collect(Collectors.joining(", "));
    }
}
