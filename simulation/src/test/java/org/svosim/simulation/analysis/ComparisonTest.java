package org.svosim.simulation.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.svosim.games.slider.SvoCategory.COMPETITIVE;
import static org.svosim.games.slider.SvoCategory.PROSOCIAL;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.svosim.simulation.store.TrialRow;

class ComparisonTest {
    private static final Bootstrap BOOTSTRAP = new Bootstrap(1000, 5);

    @Test
    void pairsDifferInBackendUnderOneProtocolOrInProtocolWithinOneBackend() {
        // Conditions in plan order: gpt/plain, gpt/goal, claude/plain, claude/goal (all prosocial).
        // Comparable: gpt/plain-gpt/goal (protocols), gpt/plain-claude/plain (backends),
        // gpt/goal-claude/goal (backends), claude/plain-claude/goal (protocols); the crossed pairs are not.
        List<TrialRow> trials = List.of(Rows.valid("gpt", "plain", PROSOCIAL, 40, 0.9),
                Rows.valid("gpt", "goal", PROSOCIAL, 40, 0.9), Rows.valid("claude", "plain", PROSOCIAL, 20, 0.6),
                Rows.valid("claude", "goal", PROSOCIAL, 20, 0.6), Rows.valid("gpt", "plain", COMPETITIVE, 0, 0.7));

        List<Comparison> out = Comparison.of(trials, BOOTSTRAP);

        assertThat(out).extracting(c -> c.kind() + " " + c.a().backend() + "/" + c.a().protocol() + " - "
                + c.b().backend() + "/" + c.b().protocol()).containsExactly(
                "PROTOCOLS gpt/plain - gpt/goal", "BACKENDS gpt/plain - claude/plain",
                "BACKENDS gpt/goal - claude/goal", "PROTOCOLS claude/plain - claude/goal");
    }

    @Test
    void differencesAreAMinusBWithIntervalsAroundThem() {
        // a: angles 40, 50 (circular mean 45), vr 0.9, 0.7 (mean 0.8);
        // b: angles 20, 30 (circular mean 25), vr 0.5, 0.3 (mean 0.4). Differences: 20 degrees and 0.4.
        List<TrialRow> trials = List.of(Rows.valid("gpt", "plain", PROSOCIAL, 40, 0.9),
                Rows.valid("gpt", "plain", PROSOCIAL, 50, 0.7), Rows.valid("claude", "plain", PROSOCIAL, 20, 0.5),
                Rows.valid("claude", "plain", PROSOCIAL, 30, 0.3));

        Comparison c = Comparison.of(trials, BOOTSTRAP).get(0);

        assertThat(c.nA()).isEqualTo(2);
        assertThat(c.nB()).isEqualTo(2);
        assertThat(c.angleDifference().value()).isCloseTo(20.0, within(1e-9));
        // each resampled mean stays within its group's range: 40..50 minus 20..30 lies in 10..30
        assertThat(c.angleDifference().low()).isBetween(10.0, 20.0);
        assertThat(c.angleDifference().high()).isBetween(20.0, 30.0);
        assertThat(c.vrDifference().value()).isCloseTo(0.4, within(1e-12));
        assertThat(c.vrDifference().low()).isBetween(0.2 - 1e-12, 0.4);
        assertThat(c.vrDifference().high()).isBetween(0.4, 0.6 + 1e-12);
    }

    @Test
    void differentValuesAreNeverCompared() {
        List<TrialRow> trials = List.of(Rows.valid("gpt", "plain", PROSOCIAL, 40, 0.9),
                Rows.valid("claude", "plain", COMPETITIVE, 0, 0.7));

        assertThat(Comparison.of(trials, BOOTSTRAP)).isEmpty();
    }
}
