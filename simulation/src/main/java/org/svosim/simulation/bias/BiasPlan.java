package org.svosim.simulation.bias;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.svosim.agents.judge.JudgeRequests;
import org.svosim.games.bias.AttackCondition;
import org.svosim.games.bias.BiasLabel;
import org.svosim.simulation.bias.scenario.Scenario;
import org.svosim.simulation.bias.scenario.ScenarioAttributes;
import org.svosim.simulation.plan.TrialSeeds;

/**
 * Expands a probe into tasks with stable ids and seeds: first every judgement (judge x condition
 * x scenario) and explanation (judge x gold-biased scenario), then, once the explanations are
 * in, every rating (rater x explanation).
 */
public final class BiasPlan {
    private final long seed;
    private final JudgeRequests requests;

    /** A plan maker for a run seeded {@code seed} that words its requests with {@code requests}. */
    public BiasPlan(long seed, JudgeRequests requests) {
        this.seed = seed;
        this.requests = requests;
    }

    /** Judgements in judge, condition, scenario order, then explanations if {@code explain}. */
    public List<BiasTask> firstPhase(List<Scenario> scenarios, List<String> judges, List<AttackCondition> conditions,
                                     boolean explain) {
        List<BiasTask> tasks = new ArrayList<>();
        for (String judge : judges) {
            for (AttackCondition c : conditions) {
                for (Scenario s : scenarios) {
                    String id = "judge/" + judge + "/" + c.configName() + "/" + s.id();
                    tasks.add(new BiasTask(id, TaskKind.JUDGE, judge, c, s.id(), null,
                            requests.judge(s.text(), c, s.attribute(ScenarioAttributes.TARGET_GROUP)),
                            TrialSeeds.derive(seed, id)));
                }
            }
        }
        if (explain) {
            for (String judge : judges) {
                for (Scenario s : scenarios) {
                    if (s.gold() == BiasLabel.BIASED) {
                        String id = "explain/" + judge + "/" + s.id();
                        tasks.add(new BiasTask(id, TaskKind.EXPLAIN, judge, null, s.id(), null,
                                requests.explain(s.text()), TrialSeeds.derive(seed, id)));
                    }
                }
            }
        }
        return tasks;
    }

    /** Every rater rates every explanation that came back ({@code explanations}: EXPLAIN answers with text). */
    public List<BiasTask> ratings(List<BiasAnswer> explanations, List<String> raters, Map<String, Scenario> scenarios) {
        List<BiasTask> tasks = new ArrayList<>();
        for (BiasAnswer e : explanations) {
            if (e.task().kind() != TaskKind.EXPLAIN || e.text() == null || e.text().isBlank()) {
                continue;
            }
            Scenario s = scenarios.get(e.task().scenarioId());
            for (String rater : raters) {
                String id = "rate/" + rater + "/" + e.task().backend() + "/" + s.id();
                tasks.add(new BiasTask(id, TaskKind.RATE, rater, null, s.id(), e.task().backend(),
                        requests.rate(s.text(), e.text()), TrialSeeds.derive(seed, id)));
            }
        }
        return tasks;
    }
}
