package org.svosim.agents.judge;

import java.util.regex.Pattern;

/** A phrase that means a label, e.g. "not unbiased" means BIASED. */
record LabelRule<L>(Pattern pattern, L label) {
    /**
     * Negations that flip the word after them, optionally with an adverb or article between
     * ("not really biased", "not a biased answer").
     */
    static final String NEGATION = "\\b(?i:not|never|isn't|wasn't|aren't|hardly|far from)\\s+"
            + "(?:(?i:at all|really|actually|truly|entirely|completely|socially)\\s+)?(?:(?i:an?)\\s+)?";

    static <L> LabelRule<L> of(String regex, L label) {
        return new LabelRule<>(Pattern.compile(regex), label);
    }
}
