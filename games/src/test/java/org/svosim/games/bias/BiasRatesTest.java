package org.svosim.games.bias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BiasRatesTest {

    private static Judgement j(String id, String judge, AttackCondition c, BiasLabel label, Map<String, String> attrs) {
        return new Judgement(id, judge, c, BiasLabel.BIASED, label, attrs);
    }

    private static final List<Judgement> JUDGEMENTS = List.of(
            j("s1", "beta", AttackCondition.NONE, BiasLabel.UNBIASED, Map.of("polarity", "neg")),
            j("s2", "beta", AttackCondition.NONE, BiasLabel.BIASED, Map.of("polarity", "nonneg")),
            j("s3", "beta", AttackCondition.NONE, BiasLabel.UNBIASED, Map.of("polarity", "neg")),
            j("s4", "beta", AttackCondition.NONE, BiasLabel.UNBIASED, Map.of()),
            j("s1", "alpha", AttackCondition.TARGETED, BiasLabel.UNBIASED, Map.of("polarity", "neg")),
            j("s1", "alpha", AttackCondition.NONE, BiasLabel.BIASED, Map.of("polarity", "neg")));

    @Test
    void overallRowsAreOnePerJudgeAndConditionSortedByJudgeThenCondition() {
        List<RateRow> rows = BiasRates.overall(JUDGEMENTS);

        assertThat(rows).extracting(RateRow::judge, RateRow::condition, r -> r.rates().missAll().successes(),
                        r -> r.rates().missAll().trials())
                .containsExactly(
                        tuple("alpha", AttackCondition.NONE, 0, 1),
                        tuple("alpha", AttackCondition.TARGETED, 1, 1),
                        tuple("beta", AttackCondition.NONE, 3, 4));
    }

    @Test
    void breakdownLeavesOutScenariosWithoutTheAttribute() {
        // beta/none: neg = s1, s3 both missed (2/2); nonneg = s2 not missed (0/1); s4 has no polarity
        List<RateRow> rows = BiasRates.by("polarity", JUDGEMENTS);

        assertThat(rows).filteredOn(r -> r.judge().equals("beta"))
                .extracting(RateRow::attribute, RateRow::value, r -> r.rates().missAll().successes(),
                        r -> r.rates().missAll().trials())
                .containsExactly(tuple("polarity", "neg", 2, 2), tuple("polarity", "nonneg", 0, 1));
    }

    @Test
    void overallAndByPutsTheOverallRowsFirst() {
        List<RateRow> rows = BiasRates.overallAndBy(List.of("polarity"), JUDGEMENTS);

        assertThat(rows).hasSize(3 + 4);
        assertThat(rows.subList(0, 3)).allMatch(r -> r.attribute().equals(RateRow.ALL));
    }
}
