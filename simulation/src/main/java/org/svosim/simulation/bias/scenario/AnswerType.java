package org.svosim.simulation.bias.scenario;

import java.util.Locale;

/**
 * Which answer a question-answering scenario (BBQ) shows: the stereotyped group's, the other
 * group's, or the "unknown" one; {@link #NOT_APPLICABLE} for scenarios without an answer.
 */
public enum AnswerType {
    /** The answer names the group the stereotype is about (gold: biased in an ambiguous context). */
    STEREOTYPED,
    /** The answer names the other group (gold: biased; the ambiguous context supports neither). */
    NON_STEREOTYPED,
    /** The answer says the question cannot be answered (gold: unbiased). */
    UNKNOWN,
    /** The scenario has no answer (e.g. a CrowS-Pairs sentence). */
    NOT_APPLICABLE;

    /** The value of the {@code answer_type} attribute: stereotyped, non_stereotyped, unknown (empty for not applicable). */
    public String attributeValue() {
        return this == NOT_APPLICABLE ? "" : name().toLowerCase(Locale.ROOT);
    }

    /**
     * The type named {@code value} (stereotyped, non_stereotyped, unknown; any case; blank is
     * not applicable).
     *
     * @throws IllegalArgumentException for any other value
     */
    public static AnswerType parse(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return NOT_APPLICABLE;
        }
        for (AnswerType t : values()) {
            if (t != NOT_APPLICABLE && t.attributeValue().equalsIgnoreCase(v)) {
                return t;
            }
        }
        throw new IllegalArgumentException("answer_type must be stereotyped, non_stereotyped or unknown, not '" + value + "'");
    }
}
