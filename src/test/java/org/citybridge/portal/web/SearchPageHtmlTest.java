package org.citybridge.portal.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.citybridge.platform.Dates;
import org.citybridge.portal.ArticleSearch;
import org.citybridge.portal.ArticleSearch.Query;
import org.citybridge.portal.domain.ColumnNode;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The search page's own part and the pager, written without a template: what a reader or an editor typed stays text. */
class SearchPageHtmlTest {

    private static final String HOSTILE = "\"><script>alert(1)</script>'";

    private final Dates dates = new Dates(Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneId.of("Asia/Shanghai")));

    private static PageTexts texts(Locale locale) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages", "messages_search", "messages_portal");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new PageTexts(messages, locale);
    }

    private static ColumnNode column(long id, String path) {
        return new ColumnNode(id, null, "c" + id, path, null, 0, true, path, 0, 0, 0);
    }

    private SearchPageHtml page(Query query, long total, List<ArticleSearch.Hit> hits, Locale locale) {
        return SearchController.page(query, new ArticleSearch.Results(query, total, hits),
                List.of(column(1, "协会动态"), column(2, "城市交流 > " + HOSTILE)), texts(locale), dates, "/portal", "城市联络协会");
    }

    @Test
    void whatTheReaderTypedIsEscapedInTheTitleTheFormTheMessagesAndThePagerLinks() {
        Query query = new Query(HOSTILE, 2L, LocalDate.of(2026, 1, 1), null, 2, 10);
        ArticleSearch.Hit hit = new ArticleSearch.Hit(7, "标题", "<em>标题</em>", 2, "栏目 <b>", Instant.parse("2026-02-01T04:05:00Z"),
                "摘要 &lt;i&gt; <em>词</em>", "/article/7.html");
        SearchPageHtml page = page(query, 25, List.of(hit), Locale.SIMPLIFIED_CHINESE);

        String all = page.titleElement() + page.contentElement();
        assertThat(all).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("alert(1)<");
        assertThat(page.titleElement()).isEqualTo("<title>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#39; - 站内搜索 - 城市联络协会</title>");
        assertThat(page.content())
                .contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#39;\" maxlength=\"100\"")
                .contains("<option value=\"2\" selected=\"selected\">城市交流 &gt; &quot;&gt;&lt;script&gt;")
                .contains("<option value=\"1\">协会动态</option>")
                .contains("name=\"from\" value=\"2026-01-01\"", "name=\"to\" value=\"\"")
                .contains("<a href=\"/portal/article/7.html\"><em>标题</em></a>")
                .contains("<span>栏目 &lt;b&gt;</span>", "<time datetime=\"2026-02-01T04:05:00Z\">2026-02-01 12:05</time>", "摘要 &lt;i&gt; <em>词</em>")
                .contains("共找到 25 条结果", "第 2 页，共 3 页（25 条）")
                .contains("<input type=\"hidden\" name=\"q\" value=\"&quot;&gt;&lt;script&gt;")
                .contains("action=\"/portal/search\"")
                .contains("href=\"/portal/search?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&#39;&amp;column=2&amp;from=2026-01-01&amp;page=3\"");
    }

    @Test
    void eachStateOfThePageSaysWhatItIsInTheReadersLanguage() {
        assertThat(page(Query.of(""), 0, List.of(), Locale.SIMPLIFIED_CHINESE).content()).contains("role=\"status\"").doesNotContain("<ol");
        assertThat(page(Query.of("饕餮"), 0, List.of(), Locale.SIMPLIFIED_CHINESE).content()).contains("没有找到", "role=\"status\"");
        assertThat(page(new Query("饕餮", 1L, null, null, 1, 10), 0, List.of(), Locale.SIMPLIFIED_CHINESE).content())
                .contains("在所选栏目或日期范围内没有找到");
        assertThat(page(new Query("联络", null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), 1, 10), 0, List.of(),
                Locale.SIMPLIFIED_CHINESE).content()).contains("id=\"search-dates-reversed\"", "2026-02-01", "2026-01-01");
        SearchPageHtml english = page(Query.of("liaison"), 3, List.of(), Locale.ENGLISH);
        assertThat(english.title()).isEqualTo("liaison - Search - 城市联络协会");
        assertThat(english.content()).contains("3 results").doesNotContain("portal-pager");
    }

    @Test
    void thePagerOfAColumnMarksTheCurrentPageAndLeavesUnavailableStepsOutOfTheTabOrder() {
        Map<String, String> none = new LinkedHashMap<>();
        String first = PagerHtml.of(new Pager("/column/news", none, 1, 20, 400), "分页", texts(Locale.SIMPLIFIED_CHINESE), "");
        assertThat(first).startsWith("<nav class=\"portal-pager\" aria-label=\"分页\">")
                .contains("<span class=\"page-link\" aria-disabled=\"true\">首页</span>")
                .contains("<li class=\"page-item active\"><a class=\"page-link\" href=\"/column/news\" aria-current=\"page\"")
                .contains("<a class=\"page-link\" rel=\"next\" href=\"/column/news?page=2\">下一页</a>")
                .contains("<span class=\"page-link portal-pager-gap\">…</span>");
        assertThat(PagerHtml.of(new Pager("/column/news", none, 1, 1, 3), "分页", texts(Locale.SIMPLIFIED_CHINESE), "")).isEmpty();
    }
}
