package org.citybridge.evaluation.web;

import org.citybridge.evaluation.EvidenceItem;
import org.citybridge.shared.Actor;
import org.citybridge.shared.Role;
import org.springframework.stereotype.Component;

/**
 * Where the app shows a piece of evidence to the reader: a circular's tracking for those who follow cities, the city's
 * own copy in the inbox for its liaison; the city's task, the report, the event, the city page. Templates call it as
 * {@code @evidenceLinks}.
 */
@Component("evidenceLinks")
public class EvidenceLinks {

    public String of(EvidenceItem item, Actor reader) {
        return switch (item.source()) {
            case CIRCULAR -> reader.role() == Role.LIAISON ? "/admin/inbox/" + item.itemId()
                    : "/admin/circulars/" + item.sourceId() + "/tracking";
            case TASK -> "/admin/tasks/" + item.sourceId() + "/cities/" + item.cityCode();
            case REPORT -> "/admin/submissions/" + item.sourceId();
            case EVENT -> "/admin/events/" + item.sourceId();
            case ROSTER -> "/admin/cities/" + item.cityCode() + "#roster-confirmation";
        };
    }
}
