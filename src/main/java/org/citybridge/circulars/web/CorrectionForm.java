package org.citybridge.circulars.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import org.citybridge.circulars.domain.CircularCorrections.Correction;
import org.citybridge.circulars.domain.CircularDetails;
import org.citybridge.circulars.domain.CircularLimits;
import org.springframework.format.annotation.DateTimeFormat;

/** What staff may change on an issued circular, and why. */
record CorrectionForm(@Size(max = CircularLimits.TITLE) String title, String bodyHtml, @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime deadline,
                      String note, List<UUID> removedFiles) {

    CorrectionForm {
        removedFiles = removedFiles == null ? new ArrayList<>() : new ArrayList<>(removedFiles);
    }

    static CorrectionForm of(CircularDetails circular, ZoneId zone) {
        return new CorrectionForm(circular.title(), circular.bodyHtml(),
                circular.deadline() == null ? null : LocalDateTime.ofInstant(circular.deadline(), zone), null, null);
    }

    Correction correction(ZoneId zone) {
        return new Correction(title, bodyHtml, deadline == null ? null : deadline.atZone(zone).toInstant(), note, removedFiles);
    }
}
