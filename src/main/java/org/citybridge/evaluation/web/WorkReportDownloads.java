package org.citybridge.evaluation.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.citybridge.evaluation.report.WorkReportDocuments;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The work report's documents as downloads named after the report, for the back office and the API alike; never
 * cached, as the figures change with the work.
 */
@Component
public class WorkReportDownloads {

    public static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final WorkReportDocuments documents;

    WorkReportDownloads(WorkReportDocuments documents) {
        this.documents = documents;
    }

    public ResponseEntity<byte[]> docx(int year, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.docx(year, locale, out);
        return download(out.toByteArray(), DOCX, documents.fileName(year, locale) + ".docx");
    }

    public ResponseEntity<byte[]> pdf(int year, Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.pdf(year, locale, out);
        return download(out.toByteArray(), MediaType.APPLICATION_PDF, documents.fileName(year, locale) + ".pdf");
    }

    private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8)
                        .build().toString())
                .cacheControl(CacheControl.noStore()).body(content);
    }
}
