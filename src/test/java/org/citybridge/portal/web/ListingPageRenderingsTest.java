package org.citybridge.portal.web;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.citybridge.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** Only so many listing pages are rendered at once; the others wait their turn and are all served. */
class ListingPageRenderingsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private final ListingPageFilter filter = new ListingPageFilter(new PublicPageCache(clock, Duration.ofHours(1)),
            new SimpleMeterRegistry().timer("cached"), "SESSION", clock, 2, notPlainSearches());

    /** Every search goes the usual way, through the chain this test holds up. */
    private static FreshSearchPages notPlainSearches() {
        return Mockito.mock(FreshSearchPages.class);
    }

    @Test
    void sixSearchesAtOnceAreRenderedTwoAtATimeAndAllServed() throws Exception {
        AtomicInteger rendering = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        CountDownLatch twoStarted = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService readers = Executors.newFixedThreadPool(6);
        try {
            List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String query = "q=" + i;
                answers.add(readers.submit(() -> {
                    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/search");
                    request.setQueryString(query);
                    MockHttpServletResponse response = new MockHttpServletResponse();
                    filter.doFilter(request, response, (req, res) -> {
                        most.accumulateAndGet(rendering.incrementAndGet(), Math::max);
                        started.incrementAndGet();
                        twoStarted.countDown();
                        try {
                            release.await(10, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        rendering.decrementAndGet();
                        res.setContentType("text/html;charset=UTF-8");
                        res.getWriter().write("<p>" + query + "</p>");
                    });
                    return response;
                }));
            }
            assertThat(twoStarted.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(200);
            assertThat(started).as("renderings begun while two are under way").hasValue(2);
            release.countDown();
            for (int i = 0; i < 6; i++) {
                MockHttpServletResponse response = answers.get(i).get(10, TimeUnit.SECONDS);
                assertThat(response.getStatus()).isEqualTo(200);
                assertThat(response.getContentAsString()).isEqualTo("<p>q=" + i + "</p>");
            }
            assertThat(most).hasValue(2);
        } finally {
            readers.shutdownNow();
        }
    }
}
