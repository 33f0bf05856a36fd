package org.citybridge.platform.shell;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.AbstractElementTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * Ends every back-office page's breadcrumbs with its own title (its first part, before " · ") without each template
 * naming it twice: {@link Remembered} keeps the expression of the page's {@code <title th:text>} as the title is
 * rendered, and {@link Crumb} renders it again, cut, into the element marked {@code data-page-crumb}, which comes
 * after the title in the document.
 */
final class PageTitle {

    static final String MARKER = "data-page-crumb";
    private static final String SEPARATOR = " · ";
    private static final String EXPRESSION = PageTitle.class.getName() + ".expression";

    private PageTitle() {
    }

    /** Keeps the expression of each {@code <title th:text>} for the request, before the standard dialect renders it. */
    static final class Remembered extends AbstractElementTagProcessor {

        Remembered() {
            super(TemplateMode.HTML, null, "title", false, null, false, 0);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, IElementTagStructureHandler structure) {
            String expression = tag.getAttributeValue("th:text");
            if (expression != null && context instanceof IWebContext web) {
                web.getExchange().setAttributeValue(EXPRESSION, expression);
            }
        }
    }

    /** Writes the page's title, cut before " · ", as the text of the element marked {@value #MARKER}. */
    static final class Crumb extends AbstractAttributeTagProcessor {

        Crumb() {
            super(TemplateMode.HTML, null, null, false, MARKER, false, 0, true);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                                 String attributeValue, IElementTagStructureHandler structure) {
            Object expression = context instanceof IWebContext web ? web.getExchange().getAttributeValue(EXPRESSION) : null;
            if (expression == null) {
                return;
            }
            Object title = StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, expression.toString()).execute(context);
            String whole = title == null ? "" : title.toString().strip();
            int end = whole.indexOf(SEPARATOR);
            structure.setBody(HtmlEscape.escapeHtml5Xml(end < 0 ? whole : whole.substring(0, end)), false);
        }
    }
}
