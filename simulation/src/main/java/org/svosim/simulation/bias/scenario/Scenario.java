package org.svosim.simulation.bias.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.svosim.games.bias.BiasLabel;

/**
 * One scenario to judge, with its gold label.
 *
 * @param id         unique across the sources of a run, e.g. {@code bbq:Age:0:stereotyped}
 * @param source     bbq, crows-pairs, or a generic file's source name
 * @param text       what the judge reads
 * @param gold       BIASED or UNBIASED
 * @param answerType which answer a question-answering scenario shows
 * @param attributes everything else (see {@link ScenarioAttributes}); copied, order kept
 */
public record Scenario(String id, String source, String text, BiasLabel gold, AnswerType answerType,
                       Map<String, String> attributes) {
    public Scenario {
        Objects.requireNonNull(id, "scenario id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(answerType, "answer type");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("scenario " + id + " has no text");
        }
        if (gold == null || !gold.isVerdict()) {
            throw new IllegalArgumentException("scenario " + id + " needs a gold label BIASED or UNBIASED, not " + gold);
        }
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /** The attribute's value, or "" when the scenario does not have it. */
    public String attribute(String name) {
        return attributes.getOrDefault(name, "");
    }

    /** The item the scenario was built from (its own id when no item is recorded). */
    public String item() {
        return attributes.getOrDefault(ScenarioAttributes.ITEM, id);
    }

    /** The attributes plus {@code source} and {@code answer_type} (when applicable), for rate breakdowns. */
    public Map<String, String> metricAttributes() {
        Map<String, String> all = new LinkedHashMap<>(attributes);
        all.put(ScenarioAttributes.SOURCE, source);
        if (answerType != AnswerType.NOT_APPLICABLE) {
            all.put(ScenarioAttributes.ANSWER_TYPE, answerType.attributeValue());
        }
        return all;
    }
}
