package org.svosim.simulation.bias.scenario;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.svosim.games.bias.BiasLabel;

/**
 * One row of a generic scenario file as a scenario: {@code id}, {@code scenario} and
 * {@code gold_label} (biased / unbiased) are required; an optional {@code answer_type}
 * (stereotyped / non_stereotyped / unknown) sets the answer type; an optional {@code item}
 * groups rows for sampling; every other non-blank field becomes an attribute under its
 * lower-case name. The scenario id is {@code <source>:<id>}.
 */
final class GenericRow {
    static final String ID = "id";
    static final String SCENARIO = "scenario";
    static final String GOLD = "gold_label";

    private GenericRow() {
    }

    static Scenario toScenario(String source, Map<String, String> fields) throws RowProblem {
        Map<String, String> byName = new LinkedHashMap<>();
        fields.forEach((k, v) -> byName.put(k.strip().toLowerCase(Locale.ROOT), v == null ? "" : v.strip()));
        String id = required(byName, ID);
        String text = required(byName, SCENARIO);
        BiasLabel gold;
        AnswerType answerType;
        try {
            gold = BiasLabel.parseGold(required(byName, GOLD));
            answerType = AnswerType.parse(byName.get(ScenarioAttributes.ANSWER_TYPE));
        } catch (IllegalArgumentException e) {
            throw new RowProblem(e.getMessage());
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        byName.forEach((name, value) -> {
            if (!value.isEmpty() && !name.equals(ID) && !name.equals(SCENARIO) && !name.equals(GOLD)
                    && !name.equals(ScenarioAttributes.ANSWER_TYPE)) {
                attributes.put(name, value);
            }
        });
        if (attributes.containsKey(ScenarioAttributes.ITEM)) {
            attributes.put(ScenarioAttributes.ITEM, source + ":" + attributes.get(ScenarioAttributes.ITEM));
        }
        return new Scenario(source + ":" + id, source, text, gold, answerType, attributes);
    }

    private static String required(Map<String, String> fields, String name) throws RowProblem {
        String value = fields.get(name);
        if (value == null || value.isEmpty()) {
            throw new RowProblem(name + " is missing or empty");
        }
        return value;
    }
}
