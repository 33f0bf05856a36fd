package org.citybridge.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;

import org.citybridge.evaluation.LiaisonScore;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommendationProposalTest {

    private static LiaisonScore liaison(long person, String province, String total, int rank) {
        return new LiaisonScore(person, "联络员" + person, "city" + person, "城市" + person, province, "省" + province, List.of(),
                BigDecimal.ZERO, new BigDecimal(total), rank);
    }

    private static final List<LiaisonScore> RANKED = List.of(
            liaison(1, "A", "98", 1), liaison(2, "B", "95", 2), liaison(3, "A", "90", 3), liaison(4, "A", "90", 3),
            liaison(5, "B", "80", 5), liaison(6, "C", "0", 6));

    private static List<Long> people(List<LiaisonScore> chosen) {
        return chosen.stream().map(LiaisonScore::personId).toList();
    }

    @Test
    void theBestOfTheNationUpToTheQuotaAndWhoeverTiesWithTheLast() {
        assertThat(people(CommendationProposal.choose(RANKED, 2, false))).containsExactly(1L, 2L);
        assertThat(people(CommendationProposal.choose(RANKED, 3, false))).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void theBestOfEachProvinceWhenTheQuotaIsPerProvince() {
        assertThat(people(CommendationProposal.choose(RANKED, 1, true))).containsExactly(1L, 2L);
        assertThat(people(CommendationProposal.choose(RANKED, 2, true))).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void nobodyWithoutPoints() {
        assertThat(people(CommendationProposal.choose(RANKED, 10, false))).doesNotContain(6L);
    }
}
