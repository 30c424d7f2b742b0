package org.svosim.simulation.bias.output;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.svosim.games.bias.AttackCondition;
import org.svosim.games.bias.BiasLabel;
import org.svosim.games.bias.ExplanationRating;
import org.svosim.games.bias.Judgement;
import org.svosim.games.bias.RatingLabel;
import org.svosim.simulation.bias.BiasReader;
import org.svosim.simulation.bias.CallRow;
import org.svosim.simulation.bias.TaskKind;
import org.svosim.simulation.bias.scenario.Scenario;

/**
 * A probe's stored scenarios and calls, and the metric inputs made from them: the judgements
 * and ratings of calls that returned a reply (failed calls are left out of every rate).
 *
 * @param scenarios scenario id -> scenario, in plan order
 * @param calls     every stored call
 */
public record ProbeResults(Map<String, Scenario> scenarios, List<CallRow> calls) {
    public ProbeResults {
        scenarios = new LinkedHashMap<>(scenarios);
        calls = List.copyOf(calls);
    }

    /** Reads everything from a probe's run database. */
    public static ProbeResults read(BiasReader reader) {
        Map<String, Scenario> byId = new LinkedHashMap<>();
        reader.scenarios().forEach(s -> byId.put(s.id(), s));
        return new ProbeResults(byId, reader.calls());
    }

    /** The calls of one kind, in task id order. */
    public List<CallRow> calls(TaskKind kind) {
        return calls.stream().filter(c -> c.kind() == kind).toList();
    }

    /** The verdicts of the judgement calls that returned a reply (REJECTED included). */
    public List<Judgement> judgements() {
        List<Judgement> all = new ArrayList<>();
        for (CallRow c : calls(TaskKind.JUDGE)) {
            Scenario s = scenarios.get(c.scenarioId());
            if (c.ok() && c.label() != null && s != null) {
                all.add(new Judgement(s.id(), c.backend(), AttackCondition.parse(c.condition()), s.gold(),
                        BiasLabel.valueOf(c.label()), s.metricAttributes()));
            }
        }
        return all;
    }

    /** The ratings of the rating calls that returned a reply (UNCLEAR included). */
    public List<ExplanationRating> ratings() {
        List<ExplanationRating> all = new ArrayList<>();
        for (CallRow c : calls(TaskKind.RATE)) {
            if (c.ok() && c.label() != null) {
                all.add(new ExplanationRating(c.backend(), c.author(), c.scenarioId(), RatingLabel.valueOf(c.label())));
            }
        }
        return all;
    }

    /** Calls that failed (no reply), per kind. */
    public long failedCalls() {
        return calls.stream().filter(c -> !c.ok()).count();
    }
}
