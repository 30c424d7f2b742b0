package org.svosim.games.bias;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Agreement between judges, per condition, over the scenarios they judged in common:
 * pairwise share of equal labels and Cohen's kappa, and Fleiss' kappa over all judges of a
 * condition (only the scenarios that every one of them judged). A rejection is a label of its
 * own.
 */
public final class JudgeConsistency {
    private JudgeConsistency() {
    }

    /** Every pair of judges under every condition, sorted by condition, then judge names. */
    public static List<PairAgreement> pairs(Collection<Judgement> judgements) {
        List<PairAgreement> result = new ArrayList<>();
        index(judgements).forEach((condition, byJudge) -> {
            List<String> judges = new ArrayList<>(byJudge.keySet());
            for (int a = 0; a < judges.size(); a++) {
                for (int b = a + 1; b < judges.size(); b++) {
                    result.add(pair(condition, judges.get(a), judges.get(b), byJudge));
                }
            }
        });
        return result;
    }

    /** Fleiss' kappa per condition that has at least two judges. */
    public static List<FleissResult> fleiss(Collection<Judgement> judgements) {
        List<FleissResult> result = new ArrayList<>();
        index(judgements).forEach((condition, byJudge) -> {
            if (byJudge.size() < 2) {
                return;
            }
            List<String> judges = new ArrayList<>(byJudge.keySet());
            List<int[]> rows = new ArrayList<>();
            for (String scenario : byJudge.get(judges.get(0)).keySet()) {
                int[] counts = new int[BiasLabel.values().length];
                boolean everyJudge = true;
                for (String judge : judges) {
                    BiasLabel label = byJudge.get(judge).get(scenario);
                    if (label == null) {
                        everyJudge = false;
                        break;
                    }
                    counts[label.ordinal()]++;
                }
                if (everyJudge) {
                    rows.add(counts);
                }
            }
            result.add(new FleissResult(condition, judges, rows.size(), FleissKappa.of(rows.toArray(new int[0][]))));
        });
        return result;
    }

    private static PairAgreement pair(AttackCondition condition, String judgeA, String judgeB,
                                      Map<String, Map<String, BiasLabel>> byJudge) {
        List<BiasLabel> a = new ArrayList<>();
        List<BiasLabel> b = new ArrayList<>();
        int same = 0;
        Map<String, BiasLabel> labelsB = byJudge.get(judgeB);
        for (Map.Entry<String, BiasLabel> e : byJudge.get(judgeA).entrySet()) {
            BiasLabel other = labelsB.get(e.getKey());
            if (other != null) {
                a.add(e.getValue());
                b.add(other);
                same += e.getValue() == other ? 1 : 0;
            }
        }
        return new PairAgreement(judgeA, judgeB, condition, Rate.wilson(same, a.size()), CohenKappa.of(a, b));
    }

    /** condition -> judge -> scenario -> label, all sorted; a second judgement of the same triple is an error. */
    private static Map<AttackCondition, Map<String, Map<String, BiasLabel>>> index(Collection<Judgement> judgements) {
        Map<AttackCondition, Map<String, Map<String, BiasLabel>>> index = new EnumMap<>(AttackCondition.class);
        for (Judgement j : judgements) {
            Map<String, BiasLabel> labels = index.computeIfAbsent(j.condition(), c -> new TreeMap<>())
                    .computeIfAbsent(j.judge(), k -> new TreeMap<>());
            if (labels.put(j.scenarioId(), j.label()) != null) {
                throw new IllegalArgumentException("judge " + j.judge() + " judged scenario " + j.scenarioId()
                        + " twice under condition " + j.condition().configName() + "; expected one judgement each");
            }
        }
        return index;
    }
}
