package org.svosim.simulation.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.svosim.games.play.DictatorGame;
import org.svosim.games.slider.SvoCategory;
import org.svosim.games.value.TargetValue;
import org.svosim.simulation.config.PopulationSpec.GameSpec;
import org.svosim.simulation.config.PopulationSpec.SliderPlan;
import org.svosim.simulation.config.PopulationSpec.SliderTiming;

class WorkQueuesTest {
    private static final GameSpec DICTATOR = new GameSpec("dictator", new DictatorGame(10, 1));
    private static final List<Member> MEMBERS = List.of(member("a"), member("b"), member("c"), member("d"));
    /** A chain: (a,b), then (b,c), then (c,d). */
    private static final List<MatchPlan> CHAIN = List.of(plan(0, "a", "b"), plan(1, "b", "c"), plan(2, "c", "d"));
    private static final SliderPlan NO_SLIDER = new SliderPlan(null, SliderTiming.NONE);

    private static Member member(String name) {
        return new Member(name, "g", "sim", new TargetValue.Named(SvoCategory.PROSOCIAL), 1);
    }

    private static MatchPlan plan(int index, String first, String second) {
        return new MatchPlan("dictator/" + first + "~" + second, index, DICTATOR, List.of(first, second));
    }

    @Test
    void aMatchStartsOnlyWhenItIsTheNextWorkOfAllItsFreeAgents() {
        WorkQueues work = new WorkQueues(MEMBERS, CHAIN, NO_SLIDER, StoredProgress.none());

        assertThat(work.startMatch()).isEqualTo(CHAIN.get(0));
        assertThat(work.startMatch()).as("(b,c) waits for b; (c,d) for c's earlier match").isNull();
        work.done("a");
        work.done("b");
        work.countFinished();
        assertThat(work.startMatch()).isEqualTo(CHAIN.get(1));
        work.done("b");
        work.done("c");
        work.countFinished();
        assertThat(work.startMatch()).isEqualTo(CHAIN.get(2));
        assertThat(work.remaining()).isEqualTo(1);
    }

    @Test
    void storedMatchesAndInterviewsAreLeftOut() {
        StoredProgress stored = new StoredProgress(Set.of(0), Set.of("a", "b"), Map.of());
        WorkQueues work = new WorkQueues(MEMBERS, CHAIN, new SliderPlan(null, SliderTiming.BEFORE), stored);

        assertThat(work.remaining()).as("two matches and the interviews of c and d").isEqualTo(4);
        assertThat(work.startSlider()).isEqualTo(2);
        assertThat(work.startSlider()).isEqualTo(3);
        assertThat(work.startSlider()).isEqualTo(-1);
        assertThat(work.startMatch()).as("c is in its interview").isNull();
        work.done("c");
        work.countFinished();
        assertThat(work.startMatch()).isEqualTo(CHAIN.get(1));
    }
}
