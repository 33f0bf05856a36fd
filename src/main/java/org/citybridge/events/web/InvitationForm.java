package org.citybridge.events.web;

import java.util.ArrayList;
import java.util.List;

import org.citybridge.directory.CityLevel;
import org.citybridge.directory.TargetMode;
import org.citybridge.directory.Targets;
import org.citybridge.events.domain.InvitationDraft;

/**
 * The invitation form as the secretariat fills it in: the circular's number, title and text, and the cities chosen
 * with the city picker ({@code fragments/city-targets}).
 *
 * @param pickedCities city codes or names, for hand-picked targets
 */
record InvitationForm(String docNumber, String title, String bodyHtml, TargetMode targetMode, List<String> provinces,
                      CityLevel level, String tag, String pickedCities) {

    InvitationForm {
        targetMode = targetMode == null ? TargetMode.ALL_MEMBERS : targetMode;
        provinces = provinces == null ? new ArrayList<>() : new ArrayList<>(provinces);
    }

    static InvitationForm of(InvitationDraft draft) {
        Targets targets = draft.targets();
        return new InvitationForm(draft.docNumber(), draft.title(), draft.bodyHtml(), targets.mode(), targets.provinces(),
                targets.level(), targets.tag(), String.join(" ", targets.cities()));
    }

    /** What was typed as hand-picked cities, when that is the chosen way; null otherwise. */
    String pickedOrNull() {
        return targetMode == TargetMode.PICKED ? pickedCities : null;
    }

    Targets targets(List<String> pickedCodes) {
        return Targets.chosen(targetMode, provinces, level, tag, pickedCodes);
    }

    InvitationDraft draft(List<String> pickedCodes) {
        return new InvitationDraft(docNumber, title, bodyHtml, targets(pickedCodes));
    }
}
