package org.citybridge.files.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.citybridge.files.FileType;
import org.citybridge.files.domain.ContentSniffer.Sniffed;

/**
 * The binary Office formats (Word 97–2003, Excel 97–2003, PowerPoint 97–2003) and WPS's, which share them: an OLE2
 * compound document named by the streams it holds. Anything else in that container (an installer, an encrypted
 * package) is not a document.
 */
final class CompoundDocument {

    private CompoundDocument() {
    }

    static Optional<Sniffed> inspect(byte[] content, String extension) {
        Set<String> entries;
        try (POIFSFileSystem document = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            entries = document.getRoot().getEntryNames();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
        boolean macros = entries.contains("Macros") || entries.contains("_VBA_PROJECT_CUR");
        if (entries.contains("WordDocument")) {
            return Optional.of(new Sniffed(extension.equals("wps") ? FileType.WPS : FileType.DOC, macros));
        }
        if (entries.contains("Workbook") || entries.contains("Book")) {
            return Optional.of(new Sniffed(extension.equals("et") ? FileType.ET : FileType.XLS, macros));
        }
        if (entries.contains("PowerPoint Document")) {
            return Optional.of(new Sniffed(extension.equals("dps") ? FileType.DPS : FileType.PPT, macros));
        }
        return Optional.empty();
    }
}
