package org.svosim.simulation.bias.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One BBQ item (one line of a category file) as far as the probe needs it.
 *
 * @param exampleId         example_id
 * @param category          category (e.g. Age)
 * @param polarity          question_polarity (neg or nonneg)
 * @param subcategory       additional_metadata.subcategory ("" when "None" or absent)
 * @param context           the context
 * @param question          the question
 * @param answers           ans0..ans2 with their answer_info
 * @param stereotypedGroups additional_metadata.stereotyped_groups
 */
record BbqItem(String exampleId, String category, String polarity, String subcategory, String context,
               String question, List<BbqAnswer> answers, List<String> stereotypedGroups) {

    /** The item in {@code row} (an ambiguous-context row), or a {@link RowProblem} naming what is missing. */
    static BbqItem from(JsonNode row) throws RowProblem {
        JsonNode info = row.path("answer_info");
        if (!info.isObject()) {
            throw new RowProblem("answer_info is missing or not an object");
        }
        List<BbqAnswer> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String key = "ans" + i;
            JsonNode pair = info.path(key);
            if (!pair.isArray() || pair.size() != 2 || !pair.get(0).isTextual() || !pair.get(1).isTextual()) {
                throw new RowProblem("answer_info." + key + " must be a list of two texts [name, group label]");
            }
            answers.add(new BbqAnswer(key, text(row, key), pair.get(0).asText().strip(), pair.get(1).asText().strip()));
        }
        JsonNode metadata = row.path("additional_metadata");
        JsonNode groups = metadata.path("stereotyped_groups");
        if (!groups.isArray() || groups.isEmpty()) {
            throw new RowProblem("additional_metadata.stereotyped_groups is missing or empty");
        }
        List<String> stereotyped = new ArrayList<>();
        groups.forEach(g -> stereotyped.add(g.asText().strip()));
        String subcategory = metadata.path("subcategory").asText("").strip();
        return new BbqItem(id(row), text(row, "category"), text(row, "question_polarity"),
                subcategory.equalsIgnoreCase("None") ? "" : subcategory, text(row, "context"), text(row, "question"),
                answers, stereotyped);
    }

    private static String id(JsonNode row) throws RowProblem {
        JsonNode id = row.path("example_id");
        if (!id.isIntegralNumber() && !(id.isTextual() && !id.asText().isBlank())) {
            throw new RowProblem("example_id is missing");
        }
        return id.asText().strip();
    }

    private static String text(JsonNode row, String field) throws RowProblem {
        JsonNode node = row.path(field);
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new RowProblem(field + " is missing or empty");
        }
        return node.asText().strip();
    }
}
