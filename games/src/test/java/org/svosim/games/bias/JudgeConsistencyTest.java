package org.svosim.games.bias;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JudgeConsistencyTest {

    /** Labels written as a string: B = BIASED, U = UNBIASED, R = REJECTED; scenario s1, s2, ... */
    private static List<Judgement> judge(String name, String labels) {
        List<Judgement> list = new ArrayList<>();
        for (int i = 0; i < labels.length(); i++) {
            BiasLabel label = labels.charAt(i) == 'B' ? BiasLabel.BIASED
                    : labels.charAt(i) == 'U' ? BiasLabel.UNBIASED : BiasLabel.REJECTED;
            list.add(new Judgement("s" + (i + 1), name, AttackCondition.NONE, BiasLabel.BIASED, label, Map.of()));
        }
        return list;
    }

    private static List<Judgement> threeJudges() {
        List<Judgement> all = new ArrayList<>();
        all.addAll(judge("a", "BBUURB"));
        all.addAll(judge("b", "BUUURB"));
        all.addAll(judge("c", "BBBUU"));
        return all;
    }

    @Test
    void pairsUseTheScenariosBothJudged() {
        List<PairAgreement> pairs = JudgeConsistency.pairs(threeJudges());

        assertThat(pairs).extracting(p -> p.judgeA() + p.judgeB()).containsExactly("ab", "ac", "bc");
        // a-b over s1..s6: same on s1 s3 s4 s5 s6 = 5/6; a: B3 U2 R1, b: B2 U3 R1
        // pe = (3*2 + 2*3 + 1*1)/36 = 13/36; kappa = (30/36 - 13/36)/(23/36) = 17/23
        assertThat(pairs.get(0).agreement()).extracting(Rate::successes, Rate::trials).containsExactly(5, 6);
        assertThat(pairs.get(0).kappa()).isCloseTo(17.0 / 23.0, within(1e-12));
        // a-c over s1..s5 (c skipped s6): same on s1 s2 s4 = 3/5; a: B2 U2 R1, c: B3 U2
        // pe = (2*3 + 2*2)/25 = 0.4; kappa = (0.6 - 0.4)/0.6 = 1/3
        assertThat(pairs.get(1).agreement()).extracting(Rate::successes, Rate::trials).containsExactly(3, 5);
        assertThat(pairs.get(1).kappa()).isCloseTo(1.0 / 3.0, within(1e-12));
    }

    @Test
    void fleissUsesOnlyScenariosEveryJudgeJudged() {
        // s1..s5, counts [B,U,R]: [3,0,0] [2,1,0] [1,2,0] [0,3,0] [0,1,2]
        // P_i = 1, 1/3, 1/3, 1, 1/3 -> mean 0.6; totals B 6, U 7, R 2 of 15 -> Pe = 89/225
        // kappa = (135/225 - 89/225) / (136/225) = 46/136 = 23/68
        List<FleissResult> results = JudgeConsistency.fleiss(threeJudges());

        assertThat(results).hasSize(1);
        assertThat(results.get(0).judges()).containsExactly("a", "b", "c");
        assertThat(results.get(0).scenarios()).isEqualTo(5);
        assertThat(results.get(0).kappa()).isCloseTo(23.0 / 68.0, within(1e-12));
    }

    @Test
    void aJudgeJudgingTheSameScenarioTwiceIsAnError() {
        List<Judgement> twice = new ArrayList<>(judge("a", "B"));
        twice.addAll(judge("a", "U"));

        assertThatThrownBy(() -> JudgeConsistency.pairs(twice)).hasMessageContaining("judged scenario s1 twice");
    }
}
