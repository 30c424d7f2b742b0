package org.svosim.simulation.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.svosim.games.play.DictatorGame;
import org.svosim.games.play.PublicGoodsGame;
import org.svosim.games.slider.SvoCategory;
import org.svosim.games.value.TargetValue;
import org.svosim.simulation.config.PopulationSpec;
import org.svosim.simulation.config.PopulationSpec.GameSpec;
import org.svosim.simulation.config.PopulationSpec.GroupSpec;
import org.svosim.simulation.config.PopulationSpec.Pairing;

class MatchScheduleTest {
    private static final GameSpec DICTATOR = new GameSpec("dictator", new DictatorGame(10, 1));

    private static PopulationSpec population(int count, Pairing pairing, List<GameSpec> games, List<List<String>> pairs) {
        return new PopulationSpec(List.of(new GroupSpec("g", count, "sim", new TargetValue.Named(SvoCategory.PROSOCIAL))),
                games, pairing, pairs, 5, 60);
    }

    @Test
    void roundRobinPlaysEveryPairOnceAndSpreadsTheFirstSeat() {
        List<MatchPlan> plans = MatchSchedule.of(population(5, Pairing.ROUND_ROBIN, List.of(DICTATOR), List.of()), 1);

        assertThat(plans).hasSize(10);
        assertThat(plans).extracting(p -> p.seats().stream().sorted().toList()).doesNotHaveDuplicates();
        List<String> firstSeats = new ArrayList<>(plans.stream().map(p -> p.seats().get(0)).toList());
        for (int k = 1; k <= 5; k++) {
            String agent = "g-" + k;
            assertThat(firstSeats.stream().filter(agent::equals).count()).as(agent).isBetween(1L, 3L);
        }
    }

    @Test
    void ringPairsEachAgentWithTheNext() {
        List<MatchPlan> plans = MatchSchedule.of(population(3, Pairing.RING, List.of(DICTATOR), List.of()), 1);

        assertThat(plans).extracting(MatchPlan::seats)
                .containsExactly(List.of("g-1", "g-2"), List.of("g-2", "g-3"), List.of("g-3", "g-1"));
    }

    @Test
    void ringListsDisjointPairsFirstSoThatHalfTheRingPlaysAtOnce() {
        List<MatchPlan> plans = MatchSchedule.of(population(6, Pairing.RING, List.of(DICTATOR), List.of()), 1);

        assertThat(plans).extracting(MatchPlan::seats).containsExactly(
                List.of("g-1", "g-2"), List.of("g-3", "g-4"), List.of("g-5", "g-6"),
                List.of("g-2", "g-3"), List.of("g-4", "g-5"), List.of("g-6", "g-1"));
    }

    @Test
    void randomPairingIsAPerfectMatchingFixedByTheSeed() {
        PopulationSpec p = population(6, Pairing.RANDOM, List.of(DICTATOR), List.of());

        List<MatchPlan> plans = MatchSchedule.of(p, 42);

        assertThat(plans).hasSize(3);
        assertThat(plans.stream().flatMap(m -> m.seats().stream())).containsExactlyInAnyOrder(
                "g-1", "g-2", "g-3", "g-4", "g-5", "g-6");
        assertThat(MatchSchedule.of(p, 42)).isEqualTo(plans);
    }

    @Test
    void fixedPairingPlaysExactlyThePairsGiven() {
        List<MatchPlan> plans = MatchSchedule.of(population(3, Pairing.FIXED, List.of(DICTATOR),
                List.of(List.of("g-3", "g-1"))), 1);

        assertThat(plans).extracting(MatchPlan::seats).containsExactly(List.of("g-3", "g-1"));
    }

    @Test
    void nPlayerGamesCutTheAgentsIntoConsecutiveGroupsAndLeaveTheRestOut() {
        GameSpec goods = new GameSpec("goods", new PublicGoodsGame(3, 10, 2, 1, 1));

        List<MatchPlan> plans = MatchSchedule.of(population(7, Pairing.ROUND_ROBIN, List.of(goods), List.of()), 1);

        assertThat(plans).extracting(MatchPlan::seats)
                .containsExactly(List.of("g-1", "g-2", "g-3"), List.of("g-4", "g-5", "g-6"));
    }
}
