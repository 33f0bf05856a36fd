package org.citybridge.files;

import java.util.List;

/**
 * The kinds of file the platform accepts, each recognised by its content, never by its name. Where two kinds share one
 * format (WPS writes the binary Office formats under its own names), the content picks the format and the name only
 * chooses between the kinds of that format.
 */
public enum FileType {
    PDF("application/pdf", "pdf"),
    OFD("application/ofd", "ofd"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    DOC("application/msword", "doc"),
    WPS("application/kswps", "wps"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    XLS("application/vnd.ms-excel", "xls"),
    ET("application/kset", "et"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    PPT("application/vnd.ms-powerpoint", "ppt"),
    DPS("application/ksdps", "dps"),
    ZIP("application/zip", "zip"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp");

    private final String contentType;
    private final List<String> extensions;

    FileType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    /** The extension a stored file of this kind is given when its own name has none of {@link #extensions()}. */
    public String extension() {
        return extensions.get(0);
    }

    public List<String> extensions() {
        return extensions;
    }

    /** What people call this kind of file (a message key {@code file.kind.*}). */
    String kind() {
        return switch (this) {
            case PDF -> "pdf";
            case OFD -> "ofd";
            case DOCX, DOC -> "word";
            case XLSX, XLS -> "excel";
            case PPTX, PPT -> "powerpoint";
            case WPS, ET, DPS -> "wps";
            case ZIP -> "zip";
            default -> "image";
        };
    }

    public boolean isImage() {
        return this == JPEG || this == PNG || this == GIF || this == WEBP;
    }
}
