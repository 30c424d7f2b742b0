package org.svosim.simulation.bias.scenario;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which scenarios to keep: an empty set places no condition; a non-empty set keeps only the
 * scenarios whose attribute is one of its values (compared ignoring case), so a scenario
 * without the attribute is dropped (e.g. a polarity filter drops CrowS-Pairs scenarios).
 *
 * @param categories  allowed {@code category} values (BBQ category, CrowS-Pairs bias_type)
 * @param polarities  allowed {@code polarity} values (neg, nonneg)
 * @param directions  allowed {@code direction} values (stereo, antistereo)
 * @param answerTypes allowed answer types
 */
public record ScenarioFilter(Set<String> categories, Set<String> polarities, Set<String> directions,
                             Set<AnswerType> answerTypes) {
    /** Keeps every scenario. */
    public static final ScenarioFilter ALL = new ScenarioFilter(Set.of(), Set.of(), Set.of(), Set.of());

    public ScenarioFilter {
        categories = lower(categories);
        polarities = lower(polarities);
        directions = lower(directions);
        answerTypes = Set.copyOf(answerTypes);
    }

    /** Whether {@code scenario} passes every condition. */
    public boolean test(Scenario scenario) {
        return allows(categories, scenario.attribute(ScenarioAttributes.CATEGORY))
                && allows(polarities, scenario.attribute(ScenarioAttributes.POLARITY))
                && allows(directions, scenario.attribute(ScenarioAttributes.DIRECTION))
                && (answerTypes.isEmpty() || answerTypes.contains(scenario.answerType()));
    }

    /** The scenarios that pass, in order. */
    public List<Scenario> apply(List<Scenario> scenarios) {
        return scenarios.stream().filter(this::test).toList();
    }

    private static boolean allows(Set<String> allowed, String value) {
        return allowed.isEmpty() || allowed.contains(value.toLowerCase(Locale.ROOT));
    }

    private static Set<String> lower(Set<String> values) {
        return values.stream().map(v -> v.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
}
