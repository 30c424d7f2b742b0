package org.svosim.simulation.population;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.svosim.games.assess.RevealedChoices;
import org.svosim.games.estimate.AngleEstimate;
import org.svosim.games.estimate.AngleEstimator;
import org.svosim.games.estimate.ObservedDecision;
import org.svosim.simulation.export.CsvCells;
import org.svosim.simulation.export.PopulationColumns;

/**
 * Each agent's revealed angle: the maximum-likelihood angle ({@link AngleEstimator}) of its game
 * choices that are fixed by what was actually played ({@link RevealedChoices}), next to its
 * induced angle.
 *
 * @param member   the agent
 * @param estimate the estimate
 */
public record RevealedAngles(Member member, AngleEstimate estimate) {

    /** One estimate per agent that has estimable decisions, in member order. */
    static List<RevealedAngles> of(List<Member> members, List<MatchRecord> matches) {
        List<RevealedAngles> out = new ArrayList<>();
        Map<String, List<Seating>> seated = Seating.byAgent(matches);
        for (Member m : members) {
            AngleEstimate e = estimate(gameChoices(seated.getOrDefault(m.name(), List.of())));
            if (e != null) {
                out.add(new RevealedAngles(m, e));
            }
        }
        return out;
    }

    /**
     * The joint revealed angle of each agent with a slider: one estimate from its game choices and its
     * slider answers together (one logit precision for both), by agent name. The slider items bound
     * the angle of agents whose game choices all sit at one extreme.
     */
    static Map<String, AngleEstimate> joint(List<SliderResults> sliders, List<MatchRecord> matches) {
        Map<String, AngleEstimate> out = new HashMap<>();
        Map<String, List<Seating>> seated = Seating.byAgent(matches);
        for (SliderResults s : sliders) {
            if (s.choices().isEmpty()) {
                continue;
            }
            List<ObservedDecision> observed = new ArrayList<>(gameChoices(
                    seated.getOrDefault(s.member().name(), List.of())));
            observed.addAll(s.choices());
            AngleEstimate e = estimate(observed);
            if (e != null) {
                out.put(s.member().name(), e);
            }
        }
        return out;
    }

    private static List<ObservedDecision> gameChoices(List<Seating> seated) {
        List<ObservedDecision> observed = new ArrayList<>();
        for (Seating s : seated) {
            observed.addAll(RevealedChoices.of(s.match().plan().game().game(), s.match().history(), s.seat()));
        }
        return observed;
    }

    private static AngleEstimate estimate(List<ObservedDecision> observed) {
        if (observed.isEmpty()) {
            return null;
        }
        try {
            return AngleEstimator.standard().estimate(observed);
        } catch (IllegalArgumentException e) {
            return null; // every option of every decision paid the same: nothing to reveal
        }
    }

    /** The signed difference revealed minus induced, wrapped to [-180, 180). */
    public double difference() {
        double d = estimate.angle() - member.value().degrees();
        double w = ((d + 180) % 360 + 360) % 360 - 180;
        return w;
    }

    static void write(Path dir, List<RevealedAngles> all) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (RevealedAngles r : all) {
            Member m = r.member();
            AngleEstimate e = r.estimate();
            rows.add(Arrays.asList(m.name(), m.group(), m.backend(), CsvCells.number(m.value().degrees()),
                    String.valueOf(e.decisions()), CsvCells.number(e.angle()), CsvCells.number(e.interval95().low()),
                    CsvCells.number(e.interval95().high()), CsvCells.number(e.lambda()), CsvCells.flag(e.wholeCircle()),
                    CsvCells.number(r.difference())));
        }
        PopulationCsv.write(dir, PopulationColumns.REVEALED, rows);
    }
}
