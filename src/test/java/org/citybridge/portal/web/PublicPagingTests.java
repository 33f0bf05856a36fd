package org.citybridge.portal.web;

import org.citybridge.portal.PortalTesting;
import org.citybridge.portal.domain.ColumnAdministration.ColumnChange;
import org.citybridge.portal.domain.ColumnAdministration;
import org.citybridge.support.Fixtures;
import org.citybridge.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** One paging convention for columns, search and the public API: pages from 1 in URLs, a page past the last is 404. */
@IntegrationTest
class PublicPagingTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ColumnAdministration columns;

    @Test
    void columnPagesAreNumberedFromOneAndAPagePastTheLastIsNotFound() throws Exception {
        long column = fixtures.asAdmin(() -> columns.create(new ColumnChange(null, "paging-test", "分页测试", null, true)));
        for (int i = 1; i <= 21; i++) {
            PortalTesting.publish(context, PortalTesting.draft(column, "分页文章" + i, "<p>正文</p>", null, null));
        }

        mvc.perform(get("/column/paging-test"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第 1 页，共 2 页（21 条）")))
                .andExpect(content().string(containsString("<title>分页测试 - ")))
                .andExpect(content().string(containsString("href=\"/column/paging-test?page=2\"")))
                .andExpect(content().string(not(containsString("rel=\"prev\""))));
        mvc.perform(get("/column/paging-test").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("第 2 页，共 2 页（21 条）")))
                .andExpect(content().string(containsString("<title>分页测试 - 第 2 页 - ")))
                .andExpect(content().string(containsString("rel=\"prev\" href=\"/column/paging-test\"")))
                .andExpect(content().string(not(containsString("rel=\"next\""))));
        mvc.perform(get("/column/paging-test").param("page", "3")).andExpect(status().isNotFound());
        mvc.perform(get("/column/paging-test").param("page", "0")).andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/articles").param("column", "paging-test"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.pages").value(2))
                .andExpect(jsonPath("$.items.length()").value(20));
        mvc.perform(get("/api/v1/articles").param("column", "paging-test").param("page", "2"))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].title").value("分页文章1"));
        mvc.perform(get("/api/v1/articles").param("column", "paging-test").param("page", "3"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("没有第 3 页。"));
    }

    @Test
    void searchPagesAreNumberedFromOneAndTheMissingStepIsNotALink() throws Exception {
        for (int i = 1; i <= 11; i++) {
            PortalTesting.publish(context, "阿克苏地区简报第" + i + "期", "<p>阿克苏地区工作</p>");
        }

        String first = mvc.perform(get("/search").param("q", "阿克苏"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(first)
                .contains("第 1 页，共 2 页")
                .contains("<span class=\"page-link\" aria-disabled=\"true\">上一页</span>")
                .doesNotContain(">上一页</a>")
                .contains("rel=\"next\"", "page=2\"");
        String second = mvc.perform(get("/search").param("q", "阿克苏").param("page", "2"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second)
                .contains("第 2 页，共 2 页")
                .contains("<span class=\"page-link\" aria-disabled=\"true\">下一页</span>")
                .doesNotContain(">下一页</a>");
        mvc.perform(get("/search").param("q", "阿克苏").param("page", "3")).andExpect(status().isNotFound());
        mvc.perform(get("/search").param("q", "阿克苏").param("page", "0")).andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/search").param("q", "阿克苏").param("page", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.query.page").value(2))
                .andExpect(jsonPath("$.hits.length()").value(1));
        mvc.perform(get("/api/v1/search").param("q", "阿克苏").param("page", "3"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("urn:citybridge:problem:not-found"));
        mvc.perform(get("/api/v1/articles").param("q", "阿克苏").param("size", "10").param("page", "2"))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.items.length()").value(1));
    }

    /**
     * Past page {@code Integer.MAX_VALUE / size} the first article of a page is beyond what an int counts; such pages
     * are as missing as any other page past the last.
     */
    @Test
    void aHugePageNumberIsNotFoundOnEveryPagedAddress() throws Exception {
        long column = fixtures.asAdmin(() -> columns.create(new ColumnChange(null, "huge-page-test", "超大页码测试", null, true)));
        PortalTesting.publish(context, PortalTesting.draft(column, "吐鲁番地区超大页码简报", "<p>吐鲁番地区工作</p>", null, null));

        for (int page : new int[]{Integer.MAX_VALUE, Integer.MAX_VALUE / 10 + 1}) {
            mvc.perform(get("/search").param("q", "吐鲁番").param("page", String.valueOf(page)))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/api/v1/search").param("q", "吐鲁番").param("page", String.valueOf(page)))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.type").value("urn:citybridge:problem:not-found"));
            mvc.perform(get("/column/huge-page-test").param("page", String.valueOf(page)))
                    .andExpect(status().isNotFound());
        }
        for (int page : new int[]{Integer.MAX_VALUE, Integer.MAX_VALUE / 20 + 1}) {
            mvc.perform(get("/api/v1/articles").param("q", "吐鲁番").param("page", String.valueOf(page)))
                    .andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.detail").value("没有第 " + page + " 页。"));
            mvc.perform(get("/api/v1/articles").param("column", "huge-page-test").param("page", String.valueOf(page)))
                    .andExpect(status().isNotFound());
        }
    }
}
