package org.citybridge.circulars.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.constraints.Size;
import org.citybridge.circulars.domain.CircularDetails;
import org.citybridge.circulars.domain.CircularDraft;
import org.citybridge.circulars.domain.CircularLimits;
import org.citybridge.circulars.domain.FieldType;
import org.citybridge.circulars.domain.ReceiptField;
import org.citybridge.circulars.domain.ReceiptForm;
import org.citybridge.circulars.domain.Urgency;
import org.citybridge.directory.CityLevel;
import org.citybridge.directory.TargetMode;
import org.citybridge.directory.Targets;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The circular form as staff fill it in, receipt form builder included. The {@code @Size} limits are those
 * {@code DraftRules} checks, read by the templates for {@code maxlength}.
 *
 * @param pickedCities city codes or names, for hand-picked targets
 * @param deadline     as the browser's date-time input sends it
 */
record CircularForm(@Size(max = CircularLimits.DOC_NUMBER) String docNumber, @Size(max = CircularLimits.TITLE) String title,
                    Urgency urgency, String bodyHtml, TargetMode targetMode,
                    List<String> provinces, CityLevel level, String tag, String pickedCities, Boolean receiptEnabled,
                    @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm") LocalDateTime deadline, List<FieldForm> fields,
                    List<UUID> removedFiles) {

    CircularForm {
        urgency = urgency == null ? Urgency.NORMAL : urgency;
        targetMode = targetMode == null ? TargetMode.ALL_MEMBERS : targetMode;
        provinces = provinces == null ? new ArrayList<>() : new ArrayList<>(provinces);
        receiptEnabled = Boolean.TRUE.equals(receiptEnabled);
        fields = fields == null ? new ArrayList<>() : new ArrayList<>(fields);
        removedFiles = removedFiles == null ? new ArrayList<>() : new ArrayList<>(removedFiles);
    }

    static CircularForm blank() {
        return new CircularForm(null, null, Urgency.NORMAL, null, TargetMode.ALL_MEMBERS, null, null, null, null, false,
                null, null, null);
    }

    static CircularForm of(CircularDetails circular, ZoneId zone) {
        Targets targets = circular.targets();
        List<FieldForm> fields = circular.receiptForm() == null ? List.of() : circular.receiptForm().fields().stream()
                .map(f -> new FieldForm(f.key(), f.label(), f.type(), f.required(), String.join("\n", f.options())))
                .toList();
        return new CircularForm(circular.docNumber(), circular.title(), circular.urgency(), circular.bodyHtml(),
                targets.mode(), targets.provinces(), targets.level(), targets.tag(), String.join(" ", targets.cities()),
                circular.receiptForm() != null,
                circular.deadline() == null ? null : LocalDateTime.ofInstant(circular.deadline(), zone), fields, null);
    }

    Targets targets(List<String> pickedCodes) {
        return Targets.chosen(targetMode, provinces, level, tag, pickedCodes);
    }

    CircularDraft draft(List<String> pickedCodes, ZoneId zone) {
        ReceiptForm form = receiptEnabled ? new ReceiptForm(fields.stream().map(FieldForm::field).toList()) : null;
        return new CircularDraft(docNumber, title, urgency, bodyHtml, targets(pickedCodes), form,
                deadline == null ? null : deadline.atZone(zone).toInstant());
    }

    /** The same form with one more, empty question; its key is the first free one. */
    CircularForm withNewField() {
        Set<String> used = new HashSet<>(fields.stream().map(FieldForm::key).toList());
        int n = 1;
        while (used.contains("f" + n)) {
            n++;
        }
        List<FieldForm> more = new ArrayList<>(fields);
        more.add(new FieldForm("f" + n, null, FieldType.TEXT, true, null));
        return new CircularForm(docNumber, title, urgency, bodyHtml, targetMode, provinces, level, tag, pickedCities,
                true, deadline, more, removedFiles);
    }

    CircularForm withoutField(int index) {
        List<FieldForm> fewer = new ArrayList<>(fields);
        if (index >= 0 && index < fewer.size()) {
            fewer.remove(index);
        }
        return new CircularForm(docNumber, title, urgency, bodyHtml, targetMode, provinces, level, tag, pickedCities,
                receiptEnabled, deadline, fewer, removedFiles);
    }

    /** One question as the builder row edits it; options one per line. */
    record FieldForm(String key, @Size(max = CircularLimits.QUESTION) String label, FieldType type, Boolean required, String options) {

        FieldForm {
            required = Boolean.TRUE.equals(required);
        }

        ReceiptField field() {
            List<String> choices = options == null ? List.of() : Arrays.stream(options.split("\\R"))
                    .map(String::strip).filter(o -> !o.isEmpty()).distinct().toList();
            return new ReceiptField(key, label == null ? null : label.strip(), type, required,
                    type != null && type.hasOptions() ? choices : List.of());
        }
    }
}
