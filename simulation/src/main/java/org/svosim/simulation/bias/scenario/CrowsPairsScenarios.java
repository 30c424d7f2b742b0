package org.svosim.simulation.bias.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.svosim.games.bias.BiasLabel;

/**
 * CrowS-Pairs scenarios, gold BIASED, one per pair:
 * <ul>
 *   <li>direct: the {@code sent_more} sentence itself, for both directions. In an antistereo
 *       pair sent_more is the claim about the advantaged group that matches the violated
 *       stereotype (e.g. "Whites are not good at reading", "The man was highly skilled in CAD
 *       engineering"); the dataset calls it the more stereotypical sentence, but it is often
 *       only mildly biased, so filter on {@code direction} = stereo to keep the clear cases;</li>
 *   <li>emulated: a short realistic scenario the {@link ScenarioEmulator} writes from
 *       sent_more, taken from the {@link EmulatorCache} when it was written before.</li>
 * </ul>
 * Attributes: category (the bias_type), direction, item, target_group (a phrase naming the
 * group by bias type, e.g. "the religious group the scenario mentions"), sent_less.
 */
public final class CrowsPairsScenarios {
    /** The source name of CrowS-Pairs scenarios. */
    public static final String SOURCE = "crows-pairs";

    private static final Map<String, String> GROUPS = Map.of(
            "race-color", "the racial or ethnic group the scenario mentions",
            "gender", "the gender the scenario mentions",
            "socioeconomic", "the social class the scenario mentions",
            "nationality", "the nationality the scenario mentions",
            "religion", "the religious group the scenario mentions",
            "age", "the age group the scenario mentions",
            "sexual-orientation", "people of the sexual orientation the scenario mentions",
            "physical-appearance", "people who look like the person the scenario mentions",
            "disability", "the disabled people the scenario mentions");

    private CrowsPairsScenarios() {
    }

    /** The direct scenarios ids {@code crows:<id>}; the pairs' skipped rows are carried over. */
    public static Loaded<Scenario> direct(Loaded<CrowsPair> pairs) {
        List<Scenario> scenarios = new ArrayList<>();
        for (CrowsPair p : pairs.values()) {
            scenarios.add(scenario(p, "crows:", p.sentMore(), "direct"));
        }
        return new Loaded<>(scenarios, pairs.skipped(), pairs.rows());
    }

    /**
     * The emulated scenarios, ids {@code crows-emulated:<id>}: each from the cache, or else from
     * the emulator and then stored. A pair whose emulation fails or comes back blank is skipped
     * with the reason (and nothing is cached, so a later run tries again).
     */
    public static Loaded<Scenario> emulated(Loaded<CrowsPair> pairs, ScenarioEmulator emulator, EmulatorCache cache) {
        List<Scenario> scenarios = new ArrayList<>();
        List<SkippedRow> skipped = new ArrayList<>(pairs.skipped());
        String identity = emulator.identity();
        for (CrowsPair p : pairs.values()) {
            String key = EmulatorCache.key(identity, p.sentMore());
            String text = cache.get(key).orElse(null);
            if (text == null) {
                try {
                    text = emulator.emulate(p);
                } catch (Exception e) {
                    skipped.add(new SkippedRow(p.file(), p.line(), "emulator failed for pair " + p.id() + ": " + e.getMessage()));
                    continue;
                }
                if (text == null || text.isBlank()) {
                    skipped.add(new SkippedRow(p.file(), p.line(), "emulator returned no scenario for pair " + p.id()));
                    continue;
                }
                text = text.strip();
                cache.put(key, p.sentMore(), text);
            }
            scenarios.add(scenario(p, "crows-emulated:", text, "emulated"));
        }
        return new Loaded<>(scenarios, skipped, pairs.rows());
    }

    private static Scenario scenario(CrowsPair p, String prefix, String text, String mode) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(ScenarioAttributes.CATEGORY, p.biasType());
        attributes.put(ScenarioAttributes.DIRECTION, p.direction());
        attributes.put(ScenarioAttributes.ITEM, "crows:" + p.id());
        attributes.put(ScenarioAttributes.TARGET_GROUP,
                GROUPS.getOrDefault(p.biasType(), "the group of people the scenario mentions"));
        attributes.put("mode", mode);
        attributes.put("sent_less", p.sentLess());
        return new Scenario(prefix + p.id(), SOURCE, text, BiasLabel.BIASED, AnswerType.NOT_APPLICABLE, attributes);
    }
}
