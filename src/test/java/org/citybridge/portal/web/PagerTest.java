package org.citybridge.portal.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The pager's window of page numbers, its addresses and where a jump lands. */
class PagerTest {

    private static Pager column(int current, int pages) {
        return new Pager("/column/news", Map.of(), current, pages, pages * 20L);
    }

    @Test
    void theCurrentPageHasTwoNeighboursEachSideAndTheEndsWithGapsBetween() {
        assertThat(column(6, 20).numbers()).isEqualTo(Arrays.asList(1, null, 4, 5, 6, 7, 8, null, 20));
        assertThat(column(1, 20).numbers()).isEqualTo(Arrays.asList(1, 2, 3, null, 20));
        assertThat(column(20, 20).numbers()).isEqualTo(Arrays.asList(1, null, 18, 19, 20));
        assertThat(column(2, 3).numbers()).isEqualTo(List.of(1, 2, 3));
    }

    @Test
    void aGapOfOnePageShowsThatPageInstead() {
        assertThat(column(4, 7).numbers()).isEqualTo(List.of(1, 2, 3, 4, 5, 6, 7));
        assertThat(column(5, 20).numbers()).isEqualTo(Arrays.asList(1, 2, 3, 4, 5, 6, 7, null, 20));
    }

    @Test
    void addressesKeepTheListingsParametersAndLeaveOutPageOne() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("q", "联络 工作");
        params.put("column", null);
        params.put("from", "2026-01-01");
        Pager search = new Pager("/search", params, 2, 5, 48);
        assertThat(search.href(1)).isEqualTo("/search?q=%E8%81%94%E7%BB%9C%20%E5%B7%A5%E4%BD%9C&from=2026-01-01");
        assertThat(search.href(3)).endsWith("&from=2026-01-01&page=3");
        assertThat(column(2, 5).href(1)).isEqualTo("/column/news");
        assertThat(column(2, 5).href(5)).isEqualTo("/column/news?page=5");
        assertThat(search.hasPrevious()).isTrue();
        assertThat(column(5, 5).hasNext()).isFalse();
    }

    @Test
    void aJumpPastEitherEndLandsOnTheFirstOrTheLastPage() {
        assertThat(Pager.jumpTarget("3", 7)).isEqualTo(3);
        assertThat(Pager.jumpTarget(" 99 ", 7)).isEqualTo(7);
        assertThat(Pager.jumpTarget("99999999999999999999", 7)).isEqualTo(7);
        assertThat(Pager.jumpTarget("0", 7)).isEqualTo(1);
        assertThat(Pager.jumpTarget("-4", 7)).isEqualTo(1);
        assertThat(Pager.jumpTarget("", 7)).isEqualTo(1);
        assertThat(Pager.jumpTarget("第三", 7)).isEqualTo(1);
        assertThat(Pager.jumpTarget("5", 0)).as("nothing to list: the first page, which always exists").isEqualTo(1);
    }
}
