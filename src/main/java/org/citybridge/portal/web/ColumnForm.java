package org.citybridge.portal.web;

import org.citybridge.portal.domain.ColumnAdministration.ColumnChange;
import org.citybridge.portal.domain.ColumnNode;

/** The column form: name, URL name (slug), parent, description and whether it shows on the site. */
record ColumnForm(Long parentId, String slug, String name, String description, Boolean visible) {

    ColumnForm {
        visible = Boolean.TRUE.equals(visible);
    }

    static ColumnForm blank() {
        return new ColumnForm(null, null, null, null, true);
    }

    static ColumnForm of(ColumnNode column) {
        return new ColumnForm(column.parentId(), column.slug(), column.name(), column.description(), column.visible());
    }

    ColumnChange change() {
        return new ColumnChange(parentId, slug, name, description, Boolean.TRUE.equals(visible));
    }
}
