package org.citybridge.platform.shell;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * Lets the shell's breadcrumbs hold what lies between a page's section and the page itself (an event, a year, an
 * article), so that a page never draws a second trail of its own: the element marked {@value #MARKER} learns the name
 * of the page's template, as {@value #VARIABLE}, and the layout inserts the page's {@code crumbs} fragment from it when
 * the page has one. Thymeleaf forbids {@code #execInfo} in fragment expressions, hence this.
 */
final class PageTrail extends AbstractAttributeTagProcessor {

    static final String MARKER = "data-page-trail";
    static final String VARIABLE = "pageTemplate";

    PageTrail() {
        super(TemplateMode.HTML, null, null, false, MARKER, false, 0, true);
    }

    @Override
    protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                             String attributeValue, IElementTagStructureHandler structure) {
        structure.setLocalVariable(VARIABLE, context.getTemplateStack().get(0).getTemplate());
    }
}
