package org.svosim.agents.parse;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.svosim.agents.memo.BoundedMemo;
import org.svosim.agents.parse.AnswerCue.Strength;

/**
 * Reads an option letter from a free-text reply.
 *
 * <ul>
 *   <li>{@link ParseMethod#EXACT}: the trimmed reply is one letter, optionally with a trailing
 *       "." or ")", in parentheses or markdown bold ("C", "c.", "(C)", "**C**").</li>
 *   <li>{@link ParseMethod#PATTERN}: the letter is put forward by a marker in a longer reply.
 *       Markers are weighed strongest first: "Final answer: D"; "Answer: C" / "My choice is C";
 *       first-person statements ("I would choose C") or a line holding only "Option C", of which
 *       the last one counts; answer-like formatting (a reply opening with "C)", a bold "**C**",
 *       "(C)"). Letters only discussed ("Option A gives me more") are never read as the answer,
 *       nor are "I" and "a" used as words ("I think", "a fair split").</li>
 *   <li>{@link ParseMethod#INVALID}: no marker ("no answer found"), two different letters put
 *       forward with no way to decide, a letter outside the options, an empty reply, or a
 *       refusal ("refusal").</li>
 * </ul>
 */
public final class LetterAnswerParser implements AnswerParser {
    private static final Pattern EXACT = Pattern.compile("[*_`\"']*\\(?([A-Za-z])\\)?[.)]?[*_`\"']*\\.?");

    /**
     * Short replies repeat ("C", "I choose option C.", a model's set phrase), and reading one is pure but runs
     * up to ten regular expressions: what a short reply was read as is remembered by its text and option count.
     */
    static final int REMEMBERED_LENGTH = 256;
    private static final BoundedMemo<Reply, ParsedAnswer> SHORT_REPLIES = new BoundedMemo<>(4096,
            r -> new LetterAnswerParser(r.optionCount()).read(r.text()));

    /** A reply as the memo knows it. */
    private record Reply(String text, int optionCount) {
    }

    private final int optionCount;

    /** @param optionCount how many options the question shows, 1..26 */
    public LetterAnswerParser(int optionCount) {
        if (optionCount < 1 || optionCount > 26) {
            throw new IllegalArgumentException("option count must be 1..26 (letters A..Z), got " + optionCount);
        }
        this.optionCount = optionCount;
    }

    @Override
    public int optionCount() {
        return optionCount;
    }

    @Override
    public ParsedAnswer parse(String raw) {
        if (raw != null && raw.length() <= REMEMBERED_LENGTH) {
            return SHORT_REPLIES.get(new Reply(raw, optionCount));
        }
        return read(raw);
    }

    private ParsedAnswer read(String raw) {
        if (raw == null || raw.isBlank()) {
            return ParsedAnswer.invalid(raw == null ? "" : raw, "empty reply");
        }
        Matcher exact = EXACT.matcher(raw.trim());
        if (exact.matches()) {
            return inRange(raw, Character.toUpperCase(exact.group(1).charAt(0)), ParseMethod.EXACT, "single letter");
        }
        List<AnswerCue> cues = AnswerCueFinder.find(raw);
        for (Strength strength : Strength.values()) {
            List<AnswerCue> tier = cues.stream().filter(c -> c.strength() == strength).toList();
            if (!tier.isEmpty()) {
                return decide(raw, strength, tier);
            }
        }
        return ParsedAnswer.invalid(raw, Refusals.isRefusal(raw) ? "refusal" : "no answer found");
    }

    private ParsedAnswer decide(String raw, Strength strength, List<AnswerCue> tier) {
        if (strength == Strength.STATEMENT) {
            AnswerCue last = tier.get(tier.size() - 1);
            if (last.ambiguous()) {
                return ParsedAnswer.invalid(raw, "two different letters in the last " + strength.description());
            }
            return inRange(raw, last.letter(), ParseMethod.PATTERN, "last " + strength.description());
        }
        Set<Character> letters = new LinkedHashSet<>();
        tier.forEach(c -> letters.add(c.letter()));
        if (letters.size() > 1 || tier.stream().anyMatch(AnswerCue::ambiguous)) {
            return ParsedAnswer.invalid(raw, "two different letters (" + strength.description() + ")");
        }
        return inRange(raw, letters.iterator().next(), ParseMethod.PATTERN, strength.description());
    }

    private ParsedAnswer inRange(String raw, char letter, ParseMethod method, String note) {
        int index = letter - 'A';
        if (index >= optionCount) {
            return ParsedAnswer.invalid(raw, "letter " + letter + " is outside the options A.." + lastLetter());
        }
        return new ParsedAnswer(raw, index, method, note);
    }
}
