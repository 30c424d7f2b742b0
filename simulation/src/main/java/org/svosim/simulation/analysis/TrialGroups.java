package org.svosim.simulation.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.svosim.simulation.export.Condition;
import org.svosim.simulation.store.TrialRow;

/** Grouping of trial rows and extraction of their scores as arrays, shared by the statistics. */
final class TrialGroups {
    private TrialGroups() {
    }

    /** Trials per condition, conditions in the plan order of their first trial, trials in input order. */
    static Map<Condition, List<TrialRow>> byCondition(List<TrialRow> trials) {
        Map<Condition, List<TrialRow>> groups = new LinkedHashMap<>();
        for (TrialRow t : trials) {
            groups.computeIfAbsent(Condition.of(t), c -> new ArrayList<>()).add(t);
        }
        return groups;
    }

    /** A stable text key of a condition, used to seed its bootstrap streams. */
    static String key(Condition c) {
        return c.backend() + "/" + c.modelId() + "/" + c.protocol() + "/" + c.valueLabel();
    }

    static List<TrialRow> valid(List<TrialRow> trials) {
        return trials.stream().filter(TrialRow::valid).toList();
    }

    /** The non-null values of one score of the trials, in order. */
    static double[] values(List<TrialRow> trials, Function<TrialRow, Double> score) {
        return trials.stream().map(score).filter(Objects::nonNull).mapToDouble(Double::doubleValue).toArray();
    }

    /** The non-null category hits of the trials as 1 (hit) and 0 (miss). */
    static double[] hits(List<TrialRow> trials) {
        return trials.stream().map(TrialRow::categoryHit).filter(Objects::nonNull)
                .mapToDouble(h -> h ? 1.0 : 0.0).toArray();
    }
}
