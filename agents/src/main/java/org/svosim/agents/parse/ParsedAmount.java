package org.svosim.agents.parse;

/**
 * One reply to a number question and the amount read from it, kept together.
 *
 * @param raw    the model's text exactly as received
 * @param amount the amount read, or null if none
 * @param method how it was read ({@link ParseMethod#INVALID} when {@code amount} is null)
 * @param note   why it was read so, or why not
 */
public record ParsedAmount(String raw, Double amount, ParseMethod method, String note) {
    public static ParsedAmount invalid(String raw, String note) {
        return new ParsedAmount(raw, null, ParseMethod.INVALID, note);
    }

    public boolean valid() {
        return amount != null;
    }
}
