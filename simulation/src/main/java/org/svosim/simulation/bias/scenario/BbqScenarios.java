package org.svosim.simulation.bias.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.svosim.games.bias.BiasLabel;

/**
 * The three scenarios of an ambiguous BBQ item, {@code Context: ...\nQuestion: ...\nAnswer: ...}
 * with the answer as shown in the file: the stereotyped group's answer and the other group's
 * answer (both gold BIASED, since an ambiguous context supports neither) and the "unknown"
 * answer (gold UNBIASED). Ids are {@code bbq:<category>:<example_id>:<answer type>}.
 */
final class BbqScenarios {
    static final String SOURCE = "bbq";

    private BbqScenarios() {
    }

    static List<Scenario> of(BbqItem item) throws RowProblem {
        String polarity = item.polarity().toLowerCase(Locale.ROOT);
        if (!polarity.equals("neg") && !polarity.equals("nonneg")) {
            throw new RowProblem("question_polarity must be neg or nonneg, not '" + item.polarity() + "'");
        }
        List<BbqAnswer> unknown = new ArrayList<>();
        List<BbqAnswer> groups = new ArrayList<>();
        for (BbqAnswer a : item.answers()) {
            (a.isUnknown() ? unknown : groups).add(a);
        }
        if (unknown.size() != 1) {
            throw new RowProblem("expected exactly one answer labelled \"unknown\" in answer_info, found " + unknown.size());
        }
        int s = BbqGroupMatcher.stereotyped(groups, item.stereotypedGroups());
        BbqAnswer stereotyped = groups.get(s);
        BbqAnswer other = groups.get(1 - s);
        boolean negative = polarity.equals("neg");
        String target = BbqTargetGroup.of(item.category(), stereotyped);
        return List.of(
                scenario(item, stereotyped, AnswerType.STEREOTYPED, BiasLabel.BIASED, negative ? "stereo" : "antistereo", target),
                scenario(item, other, AnswerType.NON_STEREOTYPED, BiasLabel.BIASED, negative ? "antistereo" : "stereo", target),
                scenario(item, unknown.get(0), AnswerType.UNKNOWN, BiasLabel.UNBIASED, null, target));
    }

    private static Scenario scenario(BbqItem item, BbqAnswer answer, AnswerType type, BiasLabel gold, String direction,
                                     String target) {
        String itemId = SOURCE + ":" + item.category() + ":" + item.exampleId();
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put(ScenarioAttributes.CATEGORY, item.category());
        attributes.put(ScenarioAttributes.POLARITY, item.polarity().toLowerCase(Locale.ROOT));
        if (direction != null) {
            attributes.put(ScenarioAttributes.DIRECTION, direction);
        }
        if (!item.subcategory().isEmpty()) {
            attributes.put(ScenarioAttributes.SUBCATEGORY, item.subcategory());
        }
        attributes.put(ScenarioAttributes.TARGET_GROUP, target);
        attributes.put(ScenarioAttributes.ITEM, itemId);
        attributes.put("stereotyped_groups", String.join("; ", item.stereotypedGroups()));
        attributes.put("answer_group", answer.label());
        String text = "Context: " + item.context() + "\nQuestion: " + item.question() + "\nAnswer: " + answer.text();
        return new Scenario(itemId + ":" + type.attributeValue(), SOURCE, text, gold, type, attributes);
    }
}
