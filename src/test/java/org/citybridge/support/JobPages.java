package org.citybridge.support;

import java.time.Duration;
import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** A background job's page, read as its owner until it shows what the test waits for. */
public final class JobPages {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private JobPages() {
    }

    /** The job page once it contains the text, e.g. a download link or the failure. */
    public static String waitFor(MockMvc mvc, Cookie session, String jobPath, String text) throws Exception {
        long until = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            String page = page(mvc, session, jobPath);
            if (page.contains(text)) {
                return page;
            }
            assertThat(page).as("the job failed").doesNotContain("id=\"job-failed\"");
            assertThat(System.nanoTime()).as("the job page %s to show %s", jobPath, text).isLessThan(until);
            Thread.sleep(100);
        }
    }

    /** The file the job made, once it is done. */
    public static byte[] file(MockMvc mvc, Cookie session, String jobPath) throws Exception {
        waitFor(mvc, session, jobPath, "id=\"job-download\"");
        return mvc.perform(get(jobPath + "/download").cookie(session)).andReturn().getResponse().getContentAsByteArray();
    }

    public static String page(MockMvc mvc, Cookie session, String jobPath) throws Exception {
        return mvc.perform(get(jobPath).cookie(session)).andReturn().getResponse().getContentAsString();
    }
}
