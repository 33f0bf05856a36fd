package org.citybridge.files;

/** The kinds of file the platform accepts, each recognised by its content, never by its name. */
public enum FileType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    GIF("image/gif", "gif"),
    WEBP("image/webp", "webp");

    private final String contentType;
    private final String extension;

    FileType(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }

    /** What people call this kind of file (a message key {@code file.kind.*}). */
    String kind() {
        return switch (this) {
            case PDF -> "pdf";
            case DOCX -> "word";
            case XLSX -> "excel";
            default -> "image";
        };
    }

    public boolean isImage() {
        return this == JPEG || this == PNG || this == GIF || this == WEBP;
    }
}
