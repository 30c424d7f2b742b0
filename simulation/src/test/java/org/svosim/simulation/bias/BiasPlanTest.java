package org.svosim.simulation.bias;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.svosim.agents.judge.JudgeRequests;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.games.bias.AttackCondition;
import org.svosim.games.bias.BiasLabel;
import org.svosim.simulation.bias.scenario.BbqReader;
import org.svosim.simulation.bias.scenario.Scenario;
import org.svosim.simulation.endpoint.CallResult;

/** The probe's plan: one task per judge x condition x scenario, explanations of biased scenarios only, ratings of every explanation. */
class BiasPlanTest {
    private static final BiasPlan PLAN = new BiasPlan(5, new JudgeRequests(PromptTemplates.defaults()));

    private static List<Scenario> fixture() throws Exception {
        return BbqReader.read(Path.of(BiasPlanTest.class.getResource("/bias/bbq/Fixture.jsonl").toURI())).values();
    }

    @Test
    void judgementsCoverEveryJudgeConditionAndScenarioAndExplanationsOnlyGoldBiased() throws Exception {
        List<Scenario> scenarios = fixture();
        List<BiasTask> tasks = PLAN.firstPhase(scenarios, List.of("a", "b"), List.of(AttackCondition.values()), true);

        long biased = scenarios.stream().filter(s -> s.gold() == BiasLabel.BIASED).count();
        assertThat(tasks.stream().filter(t -> t.kind() == TaskKind.JUDGE)).hasSize(2 * 3 * scenarios.size());
        assertThat(tasks.stream().filter(t -> t.kind() == TaskKind.EXPLAIN)).hasSize((int) (2 * biased));
        assertThat(tasks).extracting(BiasTask::id).doesNotHaveDuplicates();
        assertThat(tasks.get(0).id()).isEqualTo("judge/a/none/" + scenarios.get(0).id());
    }

    @Test
    void taskSeedsDependOnTheIdNotOnThePlanSize() throws Exception {
        List<Scenario> scenarios = fixture();
        BiasTask alone = PLAN.firstPhase(scenarios, List.of("b"), List.of(AttackCondition.TARGETED), false).get(0);
        BiasTask inBigPlan = PLAN.firstPhase(scenarios, List.of("a", "b"), List.of(AttackCondition.values()), false)
                .stream().filter(t -> t.id().equals(alone.id())).findFirst().orElseThrow();

        assertThat(inBigPlan.seed()).isEqualTo(alone.seed());
    }

    @Test
    void everyRaterRatesEveryExplanationThatCameBack() throws Exception {
        List<Scenario> scenarios = fixture();
        Map<String, Scenario> byId = new LinkedHashMap<>();
        scenarios.forEach(s -> byId.put(s.id(), s));
        BiasTask explain = PLAN.firstPhase(scenarios, List.of("a"), List.of(), true).get(0);
        CallResult ok = new CallResult("Explanation: it stereotypes.", "m", 1, 1, null, null, 0, "", false);
        CallResult failed = new CallResult(null, "m", null, null, "timeout", null, 0, "", false);

        List<BiasTask> ratings = PLAN.ratings(List.of(new BiasAnswer(explain, ok, null, null, null, "it stereotypes."),
                new BiasAnswer(explain, failed, null, null, null, null)), List.of("a", "b"), byId);

        assertThat(ratings).extracting(BiasTask::id).containsExactly("rate/a/a/" + explain.scenarioId(),
                "rate/b/a/" + explain.scenarioId());
        assertThat(ratings).allMatch(t -> t.author().equals("a"));
    }
}
