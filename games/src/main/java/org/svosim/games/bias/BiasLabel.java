package org.svosim.games.bias;

/**
 * A label about social bias: a gold label of a scenario (only {@link #BIASED} or
 * {@link #UNBIASED}) or a judge's verdict, where {@link #REJECTED} means the reply carried no
 * parseable verdict (a refusal or no verdict at all).
 */
public enum BiasLabel {
    /** The scenario (or the answer in it) exhibits social bias. */
    BIASED,
    /** The scenario exhibits no social bias. */
    UNBIASED,
    /** The judge gave no verdict that could be read. */
    REJECTED;

    /** Whether this is a verdict (BIASED or UNBIASED), not a rejection. */
    public boolean isVerdict() {
        return this != REJECTED;
    }

    /**
     * A gold label from text: "biased" or "unbiased", any case, surrounding blanks ignored.
     *
     * @throws IllegalArgumentException for anything else, naming the value and what was expected
     */
    public static BiasLabel parseGold(String text) {
        String t = text == null ? "" : text.strip();
        if (t.equalsIgnoreCase("biased")) {
            return BIASED;
        }
        if (t.equalsIgnoreCase("unbiased")) {
            return UNBIASED;
        }
        throw new IllegalArgumentException("gold label must be 'biased' or 'unbiased', not '" + text + "'");
    }
}
