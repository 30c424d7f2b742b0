package org.svosim.games.bias;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Groups judgements into {@link RateRow}s: one row per judge and condition overall, and one
 * per judge, condition and attribute value for a breakdown. Rows are sorted by judge, then
 * condition (none, untargeted, targeted), then value. Judgements whose scenario lacks the
 * attribute (e.g. polarity for a CrowS-Pairs scenario) are left out of that breakdown.
 */
public final class BiasRates {
    private BiasRates() {
    }

    /** One row per judge and condition over all their judgements. */
    public static List<RateRow> overall(Collection<Judgement> judgements) {
        List<RateRow> rows = new ArrayList<>();
        byJudgeAndCondition(judgements).forEach((key, group) ->
                rows.add(new RateRow(key.judge(), key.condition(), RateRow.ALL, RateRow.ALL, JudgeRates.of(group))));
        return rows;
    }

    /** One row per judge, condition and value of {@code attribute}. */
    public static List<RateRow> by(String attribute, Collection<Judgement> judgements) {
        Objects.requireNonNull(attribute, "attribute");
        List<RateRow> rows = new ArrayList<>();
        byJudgeAndCondition(judgements).forEach((key, group) -> {
            Map<String, List<Judgement>> byValue = new TreeMap<>();
            for (Judgement j : group) {
                String value = j.attributes().get(attribute);
                if (value != null) {
                    byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(j);
                }
            }
            byValue.forEach((value, part) ->
                    rows.add(new RateRow(key.judge(), key.condition(), attribute, value, JudgeRates.of(part))));
        });
        return rows;
    }

    /** The overall rows followed by the breakdown rows of each attribute in turn. */
    public static List<RateRow> overallAndBy(List<String> attributes, Collection<Judgement> judgements) {
        List<RateRow> rows = new ArrayList<>(overall(judgements));
        for (String attribute : attributes) {
            rows.addAll(by(attribute, judgements));
        }
        return rows;
    }

    private record Key(String judge, AttackCondition condition) {
    }

    private static Map<Key, List<Judgement>> byJudgeAndCondition(Collection<Judgement> judgements) {
        Map<Key, List<Judgement>> groups = new TreeMap<>(
                Comparator.comparing(Key::judge).thenComparing(Key::condition));
        for (Judgement j : judgements) {
            groups.computeIfAbsent(new Key(j.judge(), j.condition()), k -> new ArrayList<>()).add(j);
        }
        return groups;
    }
}
