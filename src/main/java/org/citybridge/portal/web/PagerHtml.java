package org.citybridge.portal.web;

import java.util.Map;

/**
 * The pager of column pages and search results ({@link Pager}): 首页, 上一页, page numbers with gaps, 下一页, 尾页, and a
 * box to jump to a page, a plain GET form (a number past either end goes to the first or the last page). A step that
 * is not available is text, not a link, and is not in the tab order. Nothing when there is one page only. Written
 * without a template because the search page, which renders it for every fresh search, is written so ({@link
 * SearchPageHtml}); column pages take the same.
 */
final class PagerHtml {

    private PagerHtml() {
    }

    /** The pager labelled {@code label}, its links under the application's {@code contextPath}. */
    static String of(Pager pager, String label, PageTexts texts, String contextPath) {
        HtmlOut out = new HtmlOut(2_048);
        write(out, pager, label, texts, contextPath);
        return out.toString();
    }

    static void write(HtmlOut out, Pager pager, String label, PageTexts texts, String contextPath) {
        if (pager.pages() <= 1) {
            return;
        }
        out.tag("<nav class=\"portal-pager\" aria-label=\"").text(label).tag("\">\n<ul class=\"pagination flex-wrap mb-2\">\n");
        step(out, pager.hasPrevious(), contextPath + pager.href(1), null, texts.get("portal.pager.first"));
        step(out, pager.hasPrevious(), contextPath + pager.href(pager.current() - 1), "prev", texts.get("common.previous"));
        for (Integer number : pager.numbers()) {
            if (number == null) {
                out.tag("<li class=\"page-item disabled\"><span class=\"page-link portal-pager-gap\">…</span></li>\n");
                continue;
            }
            boolean current = number == pager.current();
            out.tag(current ? "<li class=\"page-item active\">" : "<li class=\"page-item\">")
                    .tag("<a class=\"page-link\" href=\"").text(contextPath + pager.href(number)).tag("\"")
                    .tag(current ? " aria-current=\"page\"" : "")
                    .tag(" aria-label=\"").text(texts.get("portal.pager.page", number)).tag("\">").text(number).tag("</a></li>\n");
        }
        step(out, pager.hasNext(), contextPath + pager.href(pager.current() + 1), "next", texts.get("common.next"));
        step(out, pager.hasNext(), contextPath + pager.href(pager.pages()), null, texts.get("portal.pager.last"));
        out.tag("</ul>\n<div class=\"d-flex flex-wrap align-items-center gap-3\">\n<span class=\"portal-pager-info\">")
                .text(texts.get("portal.pager.info", pager.current(), pager.pages(), pager.total())).tag("</span>\n")
                .tag("<form class=\"portal-pager-jump d-flex align-items-center gap-1\" method=\"get\" action=\"")
                .text(contextPath + pager.path()).tag("\">\n");
        for (Map.Entry<String, String> extra : pager.params().entrySet()) {
            if (extra.getValue() != null && !extra.getValue().isEmpty()) {
                out.tag("<input type=\"hidden\" name=\"").text(extra.getKey()).tag("\" value=\"").text(extra.getValue()).tag("\">\n");
            }
        }
        out.tag("<label for=\"pager-jump\">").text(texts.get("portal.pager.jumpTo")).tag("</label>\n")
                .tag("<input class=\"form-control form-control-sm\" type=\"number\" id=\"pager-jump\" name=\"").tag(Pager.JUMP)
                .tag("\" min=\"1\" inputmode=\"numeric\" value=\"").text(pager.current()).tag("\">\n")
                .tag("<span aria-hidden=\"true\">").text(texts.get("portal.pager.pageUnit")).tag("</span>\n")
                .tag("<button class=\"btn btn-sm btn-outline-secondary\" type=\"submit\">").text(texts.get("portal.pager.go"))
                .tag("</button>\n</form>\n</div>\n</nav>\n");
    }

    /** 首页, 上一页, 下一页 or 尾页: a link when {@code available}, else a text out of the tab order. */
    private static void step(HtmlOut out, boolean available, String href, String rel, String name) {
        if (available) {
            out.tag("<li class=\"page-item\"><a class=\"page-link\"").tag(rel == null ? "" : " rel=\"" + rel + "\"")
                    .tag(" href=\"").text(href).tag("\">").text(name).tag("</a></li>\n");
        } else {
            out.tag("<li class=\"page-item disabled\"><span class=\"page-link\" aria-disabled=\"true\">").text(name)
                    .tag("</span></li>\n");
        }
    }
}
