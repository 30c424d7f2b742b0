package org.svosim.games.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.games.slider.SliderItem;
import org.svosim.games.value.IdealAgent;

class AngleEstimatorTest {
    private static final List<ObservedDecision> NOISY_PROSOCIAL =
            DecisionBank.choose(DecisionBank.situations(80, 7), 40, 0.2, 11);

    @Test
    void estimateIsTheMaximumOfTheLikelihoodOverAngleAndLambda() {
        AngleEstimate e = AngleEstimator.standard().estimate(NOISY_PROSOCIAL);

        assertThat(e.logLikelihood()).isCloseTo(LogitRule.logLikelihood(NOISY_PROSOCIAL, e.angle(), e.lambda()), within(1e-9));
        for (double t = -180; t < 180; t += 2.5) {
            for (double lambda = 0; lambda <= 1; lambda += 0.01) {
                assertThat(LogitRule.logLikelihood(NOISY_PROSOCIAL, t, lambda)).as("t=%s lambda=%s", t, lambda)
                        .isLessThanOrEqualTo(e.logLikelihood() + 1e-9);
            }
        }
    }

    @Test
    void intervalEndsLieOneNinetyTwoBelowTheMaximumAndContainTheEstimate() {
        AngleEstimate e = AngleEstimator.standard().estimate(NOISY_PROSOCIAL);
        LambdaProfile profile = new LambdaProfile(NOISY_PROSOCIAL, 50 / AngleEstimator.payoffScale(NOISY_PROSOCIAL));

        assertThat(e.wholeCircle()).isFalse();
        assertThat(e.interval95().contains(e.angle())).isTrue();
        assertThat(profile.at(e.interval95().low()).logLikelihood()).isCloseTo(e.logLikelihood() - 1.92, within(0.01));
        assertThat(profile.at(e.interval95().high()).logLikelihood()).isCloseTo(e.logLikelihood() - 1.92, within(0.01));
    }

    @Test
    void noiselessIdealChoicesPushLambdaToItsCapAtAnAngleThatExplainsThemAll() {
        List<SliderItem> items = MurphySliderItems.all().items();
        IdealAgent ideal = new IdealAgent(30); // no ties at 30 degrees: a whole range of angles makes the same choices
        List<ObservedDecision> decisions = new ArrayList<>();
        for (SliderItem item : items) {
            assertThat(ideal.bestOptions(item)).hasSize(1);
            decisions.add(new ObservedDecision(item.options(), ideal.bestOptions(item).get(0)));
        }

        AngleEstimate e = AngleEstimator.standard().estimate(decisions);

        assertThat(e.lambdaAtCap()).isTrue();
        IdealAgent revealed = new IdealAgent(e.angle());
        for (int i = 0; i < items.size(); i++) {
            assertThat(revealed.bestOptions(items.get(i))).as("item %d", i + 1).contains(decisions.get(i).chosen());
        }
    }

    @Test
    void anAngleNearTheHalfTurnIsReportedInRangeWithAnIntervalAroundIt() {
        List<ObservedDecision> decisions = DecisionBank.choose(DecisionBank.situations(240, 3), 179, 0.2, 5);

        AngleEstimate e = AngleEstimator.standard().estimate(decisions);

        assertThat(e.angle()).isGreaterThanOrEqualTo(-180).isLessThan(180);
        assertThat(e.interval95().contains(e.angle())).isTrue();
        double error = Math.abs(((e.angle() - 179) % 360 + 540) % 360 - 180);
        assertThat(error).isLessThan(10);
    }

    @Test
    void decisionsWithoutPayoffDifferencesCannotRevealAnAngle() {
        List<ObservedDecision> flat = List.of(new ObservedDecision(List.of(new Allocation(5, 5), new Allocation(5, 5)), 0));

        assertThatThrownBy(() -> AngleEstimator.standard().estimate(flat)).hasMessageContaining("cannot be estimated");
        assertThatThrownBy(() -> AngleEstimator.standard().estimate(List.of())).hasMessageContaining("at least one decision");
    }

    @Test
    void gridStepMustDivideTheCircle() {
        assertThatThrownBy(() -> new AngleEstimator(7, Double.NaN)).hasMessageContaining("divide 360");
    }
}
