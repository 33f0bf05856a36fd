package org.citybridge.portal.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;

import org.citybridge.portal.ArticleDraft;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** The Atom feed carries each entry's summary (摘要, or the body's start) and its body as sanitized HTML. */
@IntegrationTest
class AtomFeedTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    Fixtures fixtures;
    @Autowired
    ColumnAdministration columns;

    @Test
    void entriesCarryTheSummaryAndTheBodyWithAbsoluteLinks() throws Exception {
        long column = fixtures.asAdmin(() -> columns.create(new ColumnChange(null, "feed-test", "订阅测试", null, true)));
        long withSummary = PortalTesting.publish(context, new ArticleDraft(column, "有摘要的文章", null, null, null,
                "编辑写的摘要 & 说明", null, "<p>正文<a href=\"/article/1.html\">相关</a></p>", null, null, null, List.of()));
        long withoutSummary = PortalTesting.publish(context, PortalTesting.draft(column, "没有摘要的文章",
                "<p>第一段<strong>加粗</strong>文字。</p>", null, null));

        String feed = mvc.perform(get("/column/feed-test/atom.xml")).andReturn().getResponse().getContentAsString();

        assertThat(feed).contains("<summary type=\"text\">编辑写的摘要 &amp; 说明</summary>")
                .contains("<content type=\"html\">&lt;p&gt;正文&lt;a href=&quot;http://localhost:8080/article/1.html&quot;")
                .contains("<summary type=\"text\">第一段加粗文字。</summary>")
                .contains("<content type=\"html\">&lt;p&gt;第一段&lt;strong&gt;加粗&lt;/strong&gt;文字。&lt;/p&gt;</content>")
                .contains("/article/" + withSummary + ".html", "/article/" + withoutSummary + ".html");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8)));
        assertThat(document.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "content").getLength()).isEqualTo(2);
    }
}
