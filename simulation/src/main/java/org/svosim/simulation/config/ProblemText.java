package org.svosim.simulation.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collection;
import java.util.Locale;

/** The wording shared by problem messages: how a value looks, what was expected instead. */
final class ProblemText {

    private ProblemText() {
    }

    /** "unknown provider 'opnai' (did you mean 'openai'?); expected one of ...". */
    static String unknown(String what, String typed, Collection<String> allowed) {
        return "unknown " + what + " '" + typed + "'" + Suggestions.didYouMean(typed, allowed)
                + "; expected one of " + String.join(", ", allowed);
    }

    /** How a present value looks: "text 'x'", "the number 3", "true", "a list of 2", "a mapping". */
    static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "text '" + node.textValue() + "'";
        }
        if (node.isNumber()) {
            return "the number " + node.asText();
        }
        if (node.isBoolean()) {
            return String.valueOf(node.booleanValue());
        }
        if (node.isArray()) {
            return "a list of " + node.size();
        }
        return node.isObject() ? "a mapping" : node.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** A hint for a number written in quotes ("0.7"), or an empty string. */
    static String quotedNumberHint(JsonNode node) {
        if (!node.isTextual()) {
            return "";
        }
        try {
            Double.parseDouble(node.textValue().trim());
            return " (write numbers without quotes)";
        } catch (NumberFormatException e) {
            return "";
        }
    }
}
