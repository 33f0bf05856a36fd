package org.citybridge.platform.shell;

import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.model.ICloseElementTag;
import org.thymeleaf.model.IOpenElementTag;
import org.thymeleaf.model.IText;

/**
 * Writes the page's title (its first part, before " · ") into the breadcrumb element marked {@code data-page-crumb}, so
 * that every back-office page ends its breadcrumbs with its own title without each template naming it twice. It reads
 * the rendered {@code <title>}, which comes before the breadcrumbs in the document.
 */
public class PageTitleCrumb extends AbstractTemplateHandler {

    static final String MARKER = "data-page-crumb";
    private static final String SEPARATOR = " · ";

    private final StringBuilder title = new StringBuilder();
    private boolean inTitle;
    private boolean titleRead;

    @Override
    public void handleOpenElement(IOpenElementTag tag) {
        super.handleOpenElement(tag);
        if (!titleRead && "title".equals(tag.getElementCompleteName())) {
            inTitle = true;
        } else if (tag.hasAttribute(MARKER)) {
            getNext().handleText(getContext().getModelFactory().createText(pageTitle()));
        }
    }

    @Override
    public void handleText(IText text) {
        if (inTitle) {
            title.append(text.getText());
        }
        super.handleText(text);
    }

    @Override
    public void handleCloseElement(ICloseElementTag tag) {
        if (inTitle && "title".equals(tag.getElementCompleteName())) {
            inTitle = false;
            titleRead = true;
        }
        super.handleCloseElement(tag);
    }

    private String pageTitle() {
        String whole = title.toString().strip();
        int end = whole.indexOf(SEPARATOR);
        return end < 0 ? whole : whole.substring(0, end);
    }
}
