package org.citybridge.platform;

import org.citybridge.platform.assets.Assets;
import org.citybridge.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class PlatformTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Assets assets;

    @Test
    void healthIsPublicAndUp() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
    }

    @Test
    void publicHomeNamesTheAssociationAndLinksToSignIn() throws Exception {
        mvc.perform(get("/")).andExpect(status().isOk())
                .andExpect(content().string(containsString("中国城市联络协会")))
                .andExpect(content().string(containsString("href=\"/login\"")))
                .andExpect(content().string(not(containsString("cdn"))));
        mvc.perform(get("/").param("lang", "en")).andExpect(content().string(containsString("China Association of City Liaison")));
    }

    @Test
    void assetsAreServedByTheApplicationItself() throws Exception {
        mvc.perform(get("/webjars/bootstrap/dist/css/bootstrap.min.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
    }

    @Test
    void pagesLinkThisReleasesAssetsWhichBrowsersKeepForGoodButKeepNoPage() throws Exception {
        String release = "/assets/" + assets.release();
        String login = mvc.perform(get("/login")).andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn().getResponse().getContentAsString();
        assertThat(login).contains("href=\"" + release + "/css/app.css\"",
                "href=\"" + release + "/webjars/bootstrap/dist/css/bootstrap.min.css\"").doesNotContain("\"/css/", "\"/webjars/");
        mvc.perform(get(release + "/css/app.css")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"))
                .andExpect(content().string(containsString(":focus-visible")));
        mvc.perform(get(release + "/webjars/bootstrap/dist/css/bootstrap.min.css")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
        // what TinyMCE loads relative to its own address is of the same release
        mvc.perform(get(release + "/webjars/tinymce/themes/silver/theme.min.js")).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=31536000, public, immutable"));
        mvc.perform(get(release + "/css/nothing.css")).andExpect(status().isNotFound());
    }

    @Test
    void anotherReleasesAddressesAndThePlainOnesAnswerButAreAskedForEachTime() throws Exception {
        String app = mvc.perform(get("/assets/" + assets.release() + "/css/app.css")).andReturn().getResponse().getContentAsString();
        for (String path : new String[] {"/assets/0123456789ab/css/app.css", "/css/app.css"}) {
            String lastModified = mvc.perform(get(path)).andExpect(status().isOk())
                    .andExpect(header().string("Cache-Control", "no-cache"))
                    .andExpect(content().string(app))
                    .andReturn().getResponse().getHeader("Last-Modified");
            assertThat(lastModified).isNotNull();
            mvc.perform(get(path).header("If-Modified-Since", lastModified)).andExpect(status().isNotModified());
        }
        for (String path : new String[] {"/assets/0123456789ab/webjars/bootstrap/dist/css/bootstrap.min.css",
                "/webjars/bootstrap/dist/css/bootstrap.min.css"}) {
            mvc.perform(get(path)).andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-cache"));
        }
        mvc.perform(get("/assets/0123456789ab/css/nothing.css")).andExpect(status().isNotFound());
        mvc.perform(get("/assets/0123456789ab/../application.properties")).andExpect(status().is4xxClientError());
    }

    @Test
    void openApiDescribesTheRosterApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/api/v1/cities")))
                .andExpect(content().string(containsString("/api/v1/roster/imports")));
    }

    @Test
    void referenceDivisionsAreLoaded() {
        record Count(String level, long n) {
        }
        var counts = jdbc.sql("SELECT level, count(*) AS n FROM city GROUP BY level ORDER BY level").query(Count.class).list();
        assertThat(counts).containsExactly(new Count("COUNTY", 396), new Count("MUNICIPALITY", 4), new Count("PREFECTURE", 333));
        assertThat(jdbc.sql("SELECT count(*) FROM city WHERE level = 'PREFECTURE' AND kind = 'CITY'").query(Long.class).single()).isEqualTo(293);
        assertThat(jdbc.sql("SELECT count(*) FROM province").query(Long.class).single()).isEqualTo(31);
        assertThat(jdbc.sql("SELECT name || ',' || province_code FROM city WHERE code = '510100'").query(String.class).single())
                .isEqualTo("成都市,510000");
    }
}
