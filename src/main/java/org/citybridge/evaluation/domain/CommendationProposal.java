package org.citybridge.evaluation.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.citybridge.evaluation.LiaisonScore;

/**
 * The list proposed for commendation from the liaisons' ranking: the best {@code quota} nationwide, or the best
 * {@code quota} of each province. Equal totals are not split: whoever has the total of the last place is proposed too.
 * Nobody with a total of zero or less is proposed.
 */
public final class CommendationProposal {

    private CommendationProposal() {
    }

    public static List<LiaisonScore> choose(List<LiaisonScore> ranked, int quota, boolean perProvince) {
        List<LiaisonScore> candidates = ranked.stream().filter(l -> l.total().signum() > 0)
                .sorted(Comparator.comparing(LiaisonScore::total).reversed().thenComparing(LiaisonScore::rank)).toList();
        if (!perProvince) {
            return best(candidates, quota);
        }
        Map<String, List<LiaisonScore>> byProvince = new LinkedHashMap<>();
        candidates.forEach(l -> byProvince.computeIfAbsent(l.provinceCode(), p -> new ArrayList<>()).add(l));
        List<LiaisonScore> chosen = new ArrayList<>();
        byProvince.values().forEach(province -> chosen.addAll(best(province, quota)));
        return chosen.stream().sorted(Comparator.comparing(LiaisonScore::rank)).toList();
    }

    /** The first {@code quota} of a list sorted best first, and those with the same total as the last of them. */
    private static List<LiaisonScore> best(List<LiaisonScore> sorted, int quota) {
        if (sorted.size() <= quota) {
            return sorted;
        }
        BigDecimal last = sorted.get(quota - 1).total();
        return sorted.stream().filter(l -> l.total().compareTo(last) >= 0).toList();
    }
}
