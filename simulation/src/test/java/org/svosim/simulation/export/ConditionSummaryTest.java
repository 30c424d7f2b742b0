package org.svosim.simulation.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.svosim.agents.parse.ParseMethod;
import org.svosim.games.slider.SvoCategory;
import org.svosim.simulation.run.TrialStatus;
import org.svosim.simulation.store.DecisionRow;
import org.svosim.simulation.store.TrialRow;

class ConditionSummaryTest {
    private final List<TrialRow> trials = new ArrayList<>();
    private final List<DecisionRow> decisions = new ArrayList<>();
    private List<ConditionSummary> summaries;

    /**
     * Condition A (hvae, prosocial): valid angles 10, 20, 30 (categories ind, ind, pro; hits 0, 0, 1;
     * VR 0.8, 0.9, 1.0; CR 0.5, 0.7, 0.9), one invalid and one failed trial; tokens in 100, 200, -, 50, 0
     * and out 10, 20, -, 5, 0. Answers: 6 per valid trial (one reasked with 2 attempts, one extractor
     * with 2 attempts), 2 in the invalid trial (one invalid after 3 attempts), none in the failed one:
     * 20 answers. Condition B (direct, explicit 30 degrees, planned second): one valid trial at 14.74.
     * Condition C (hvae, competitive): one failed trial, no answers.
     */
    @BeforeEach
    void buildRun() {
        trial("a0", 0, "hvae", SvoCategory.PROSOCIAL, TrialStatus.VALID, 10.0, 0.8, false, 0.5, 100L, 10L);
        trial("b0", 1, "direct", null, TrialStatus.VALID, 14.74, 0.93, null, 0.6, null, null);
        trial("a1", 2, "hvae", SvoCategory.PROSOCIAL, TrialStatus.VALID, 20.0, 0.9, false, 0.7, 200L, 20L);
        trial("a2", 3, "hvae", SvoCategory.PROSOCIAL, TrialStatus.VALID, 30.0, 1.0, true, 0.9, null, null);
        trial("a3", 4, "hvae", SvoCategory.PROSOCIAL, TrialStatus.INVALID, null, null, null, null, 50L, 5L);
        trial("a4", 5, "hvae", SvoCategory.PROSOCIAL, TrialStatus.FAILED, null, null, null, null, 0L, 0L);
        trial("c0", 6, "hvae", SvoCategory.COMPETITIVE, TrialStatus.FAILED, null, null, null, null, null, null);
        for (String id : List.of("a0", "a1", "a2")) {
            for (int item = 1; item <= 6; item++) {
                ParseMethod m = id.equals("a1") && item == 2 ? ParseMethod.REASKED
                        : id.equals("a2") && item == 5 ? ParseMethod.EXTRACTOR : ParseMethod.EXACT;
                answer(id, item, m, m == ParseMethod.EXACT ? 1 : 2);
            }
        }
        answer("a3", 1, ParseMethod.EXACT, 1);
        answer("a3", 2, ParseMethod.INVALID, 3);
        answer("b0", 1, ParseMethod.EXACT, 1);
        // costs per trial in USD; b0's price is unknown (null), so its condition has no cost
        Map<String, Double> costs = new HashMap<>(Map.of("a0", 0.25, "a1", 0.5, "a2", 0.125, "a3", 0.0625,
                "a4", 0.0, "c0", 0.0));
        costs.put("b0", null);
        summaries = ConditionSummary.of(trials, decisions, costs);
    }

    @Test
    void conditionsComeOutOncePerBackendProtocolValueInPlanOrder() {
        assertThat(summaries).extracting(s -> s.condition().protocol() + "/" + s.condition().valueLabel())
                .containsExactly("hvae/prosocial", "direct/angle_30", "hvae/competitive");
    }

    @Test
    void countsAnglesAndCategorySharesMatchTheHandComputation() {
        ConditionSummary a = summaries.get(0);
        assertThat(List.of(a.nTrials(), a.nValid(), a.nInvalid(), a.nFailed())).containsExactly(5, 3, 1, 1);
        assertThat(a.idealLow()).isEqualTo(41.04);
        assertThat(a.idealHigh()).isEqualTo(48.96);
        // mean (10+20+30)/3 = 20; sd 10; 20 -+ 4.302653 * 10 / sqrt(3) = 20 -+ 24.84138
        assertThat(a.angle().mean()).isEqualTo(20.0);
        assertThat(a.angle().sd()).isCloseTo(10.0, within(1e-12));
        assertThat(a.angle().ciLow()).isCloseTo(-4.84138, within(1e-5));
        assertThat(a.angle().ciHigh()).isCloseTo(44.84138, within(1e-5));
        // 2 of 3 valid individualistic, 1 of 3 prosocial
        assertThat(a.shareIndividualistic()).isCloseTo(2 / 3.0, within(1e-12));
        assertThat(a.shareProsocial()).isCloseTo(1 / 3.0, within(1e-12));
        assertThat(a.shareAltruistic()).isZero();
        assertThat(a.shareCompetitive()).isZero();
        assertThat(a.categoryHitRate()).isCloseTo(1 / 3.0, within(1e-12));
    }

    @Test
    void rationalityAnswerRatesAndTokensMatchTheHandComputation() {
        ConditionSummary a = summaries.get(0);
        // VR mean (0.8+0.9+1.0)/3 = 0.9, sd 0.1; 0.9 -+ 4.302653 * 0.1 / sqrt(3) = 0.9 -+ 0.248414,
        // the upper end 1.148414 clipped to 1 because value rationality cannot exceed 1
        assertThat(a.valueRationality().mean()).isCloseTo(0.9, within(1e-12));
        assertThat(a.valueRationality().ciLow()).isCloseTo(0.651586, within(1e-6));
        assertThat(a.valueRationality().ciHigh()).isEqualTo(1.0);
        assertThat(a.meanChoiceRationality()).isCloseTo(0.7, within(1e-12)); // (0.5+0.7+0.9)/3
        assertThat(a.invalidAnswerRate()).isCloseTo(1 / 20.0, within(1e-12)); // 1 invalid of 20 answers
        assertThat(a.reaskRate()).isCloseTo(3 / 20.0, within(1e-12)); // attempts > 1: reasked, extractor, invalid
        assertThat(a.extractorRate()).isCloseTo(1 / 20.0, within(1e-12));
        assertThat(a.inputTokens()).isEqualTo(350L); // 100 + 200 + 50 + 0
        assertThat(a.outputTokens()).isEqualTo(35L); // 10 + 20 + 5 + 0
        assertThat(a.costUsd()).isEqualTo(0.9375); // 0.25 + 0.5 + 0.125 + 0.0625 + 0
    }

    @Test
    void explicitTargetHasNoHitRateAndOneTrialHasNoInterval() {
        ConditionSummary b = summaries.get(1);
        assertThat(b.categoryHitRate()).isNull();
        assertThat(b.angle()).isEqualTo(new MeanInterval(14.74, null, null, null));
        assertThat(b.inputTokens()).isNull();
        assertThat(b.costUsd()).isNull();
        assertThat(b.invalidAnswerRate()).isZero();
    }

    @Test
    void conditionWithoutValidTrialsOrAnswersHasEmptyStatistics() {
        ConditionSummary c = summaries.get(2);
        assertThat(c.nFailed()).isEqualTo(1);
        assertThat(c.angle().mean()).isNull();
        assertThat(c.idealLow()).isNull();
        assertThat(c.shareProsocial()).isNull();
        assertThat(c.categoryHitRate()).isNull();
        assertThat(c.invalidAnswerRate()).isNull();
        assertThat(c.reaskRate()).isNull();
    }

    private void trial(String id, int index, String protocol, SvoCategory target, TrialStatus status, Double angle,
                       Double vr, Boolean hit, Double cr, Long in, Long out) {
        String label = target == null ? "angle_30" : target.label();
        double degrees = target == null ? 30.0 : target.ringAngle();
        boolean valid = status == TrialStatus.VALID;
        trials.add(new TrialRow(id, index, "sim", "simulated", "simulated-agent", label, degrees, target, protocol,
                index, index, status, status == TrialStatus.FAILED ? "timeout" : null, angle,
                angle == null ? null : SvoCategory.classify(angle), valid ? 41.04 : null, valid ? 48.96 : null,
                null, vr, hit, cr, null, null, 0, 1, in, out, null, null, null));
    }

    private void answer(String trialId, int item, ParseMethod method, int attempts) {
        boolean ok = method != ParseMethod.INVALID;
        decisions.add(new DecisionRow(trialId, item, item - 1, List.of(0, 1), ok ? "A" : null, ok ? 0 : null,
                ok ? "A" : null, ok ? 85.0 : null, ok ? 85.0 : null, method, attempts, "A"));
    }
}
