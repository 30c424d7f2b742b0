package org.svosim.agents.parse;

/**
 * One reply and what was read from it, kept together.
 *
 * @param raw    the model's text exactly as received
 * @param choice index of the chosen option as shown (0 = 'A'), or null if none
 * @param method how the choice was read ({@link ParseMethod#INVALID} when {@code choice} is null)
 * @param note   why it was read so, or why not (e.g. "refusal", "two different letters")
 */
public record ParsedAnswer(String raw, Integer choice, ParseMethod method, String note) {
    public static ParsedAnswer invalid(String raw, String note) {
        return new ParsedAnswer(raw, null, ParseMethod.INVALID, note);
    }

    public boolean valid() {
        return choice != null;
    }
}
