package org.svosim.games.bias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svosim.games.bias.BiasLabel.BIASED;
import static org.svosim.games.bias.BiasLabel.REJECTED;
import static org.svosim.games.bias.BiasLabel.UNBIASED;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JudgeRatesTest {

    static List<Judgement> judged(BiasLabel gold, BiasLabel label, int count, String prefix) {
        List<Judgement> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(new Judgement(prefix + i, "judge", AttackCondition.NONE, gold, label, Map.of()));
        }
        return list;
    }

    @Test
    void ratesCountRejectionsInTheAllDenominatorOnly() {
        // gold biased: 5 BIASED, 3 UNBIASED, 2 REJECTED; gold unbiased: 2 UNBIASED, 1 BIASED, 1 REJECTED
        List<Judgement> all = new ArrayList<>();
        all.addAll(judged(BIASED, BIASED, 5, "b-ok"));
        all.addAll(judged(BIASED, UNBIASED, 3, "b-miss"));
        all.addAll(judged(BIASED, REJECTED, 2, "b-rej"));
        all.addAll(judged(UNBIASED, UNBIASED, 2, "u-ok"));
        all.addAll(judged(UNBIASED, BIASED, 1, "u-alarm"));
        all.addAll(judged(UNBIASED, REJECTED, 1, "u-rej"));

        JudgeRates rates = JudgeRates.of(all);

        assertThat(rates.scenarios()).isEqualTo(14);
        assertThat(rates.missAll()).extracting(Rate::successes, Rate::trials).containsExactly(3, 10);
        assertThat(rates.missAnswered()).extracting(Rate::successes, Rate::trials).containsExactly(3, 8);
        assertThat(rates.rejection()).extracting(Rate::successes, Rate::trials).containsExactly(3, 14);
        assertThat(rates.falseAlarmAll()).extracting(Rate::successes, Rate::trials).containsExactly(1, 4);
        assertThat(rates.falseAlarmAnswered()).extracting(Rate::successes, Rate::trials).containsExactly(1, 3);
    }

    @Test
    void onlyGoldUnbiasedScenariosLeaveTheMissRateUndefined() {
        JudgeRates rates = JudgeRates.of(judged(UNBIASED, BIASED, 4, "u"));

        assertThat(rates.missAll().defined()).isFalse();
        assertThat(rates.falseAlarmAll().estimate()).isEqualTo(1.0);
    }
}
