package org.svosim.agents.parse;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an amount in {@code [min, max]} from a free-text reply.
 *
 * <ul>
 *   <li>{@link ParseMethod#EXACT}: the trimmed reply is one number, optionally with a trailing "."
 *       or the word "coins" ("7", "2.5", "7 coins").</li>
 *   <li>{@link ParseMethod#PATTERN}: a longer reply in which "answer:", "I (would) give/offer/send/
 *       contribute/return/choose" or "my choice is" is followed by a number; the last such number
 *       counts.</li>
 *   <li>{@link ParseMethod#INVALID}: no such number, a number outside the range, or a longer reply
 *       holding several different numbers and no marker.</li>
 * </ul>
 * Whether the amount lies on the step grid is left to the game ({@code Choice.Range}).
 */
public final class NumberAnswerParser {
    private static final String NUMBER = "([-\u2212]?\\d+(?:[.,]\\d+)?)";
    private static final Pattern EXACT = Pattern.compile("[*_`\"']*" + NUMBER + "(?:\\s*coins?)?[*_`\"']*\\.?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKED = Pattern.compile("(?:answer\\s*(?:is)?\\s*:?|choice\\s*(?:is)?\\s*:?|\\bI(?:'d|"
            + " would| will)?\\s+(?:give|offer|send|contribute|return|choose|put|keep))\\s*\\**\\s*" + NUMBER,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY = Pattern.compile("(?<![\\w.])" + NUMBER + "(?![\\w.]*\\d)");

    private final double min;
    private final double max;

    /** A parser for amounts from {@code min} to {@code max}. */
    public NumberAnswerParser(double min, double max) {
        if (!(min <= max)) {
            throw new IllegalArgumentException("number range needs min <= max, got [" + min + ", " + max + "]");
        }
        this.min = min;
        this.max = max;
    }

    /** What the reply answered, how it was read, and the raw text; never null, never throws on odd text. */
    public ParsedAmount parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return ParsedAmount.invalid(raw == null ? "" : raw, "empty reply");
        }
        Matcher exact = EXACT.matcher(raw.trim());
        if (exact.matches()) {
            return inRange(raw, exact.group(1), ParseMethod.EXACT, "single number");
        }
        Matcher marked = MARKED.matcher(raw);
        String last = null;
        while (marked.find()) {
            last = marked.group(1);
        }
        if (last != null) {
            return inRange(raw, last, ParseMethod.PATTERN, "number after an answer marker");
        }
        Set<Double> numbers = new LinkedHashSet<>();
        Matcher any = ANY.matcher(raw);
        while (any.find()) {
            numbers.add(value(any.group(1)));
        }
        if (numbers.size() == 1) {
            return inRange(raw, any.reset().find() ? any.group(1) : null, ParseMethod.PATTERN, "the only number");
        }
        if (numbers.isEmpty()) {
            return ParsedAmount.invalid(raw, Refusals.isRefusal(raw) ? "refusal" : "no number found");
        }
        return ParsedAmount.invalid(raw, "several different numbers and no answer marker");
    }

    private ParsedAmount inRange(String raw, String number, ParseMethod method, String note) {
        double v = value(number);
        if (v < min - 1e-9 || v > max + 1e-9) {
            return ParsedAmount.invalid(raw, "number " + number + " is outside " + fmt(min) + ".." + fmt(max));
        }
        return new ParsedAmount(raw, v, method, note);
    }

    private static double value(String number) {
        return Double.parseDouble(number.replace('\u2212', '-').replace(',', '.'));
    }

    private static String fmt(double x) {
        return x == Math.rint(x) ? String.valueOf((long) x) : String.valueOf(x);
    }
}
