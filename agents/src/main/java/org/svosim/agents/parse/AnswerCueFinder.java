package org.svosim.agents.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.svosim.agents.parse.AnswerCue.Strength;

/**
 * Finds the places in a reply where a letter is put forward as the answer: explicit answer
 * markers, first-person choice statements and answer-like formatting. Letters that are merely
 * discussed ("Option A gives me more") are not cues. Each letter position keeps its strongest cue.
 */
final class AnswerCueFinder {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.MULTILINE;
    /** Quotes, markdown and an optional "option"/"letter" word before the letter. */
    private static final String PRE = "[*_\"'`\u201c\u2018(\\[]*\\s*(?:(?:option|letter)\\s*[*_\"'`\u201c\u2018(\\[]*)?";
    private static final String LETTER = "(?<L>[a-z])";
    /** Between an answer label and the letter: "is", ":", "-", maybe a hedge ("Answer: I think C"). */
    private static final String SEP = "[*_\"'`]*\\s*(?:(?:is|would\\s+be|will\\s+be)\\s*:?\\s*|[:=]\\s*|[-\u2013\u2014]\\s+)"
            + "(?:(?:I\\s+think|I\\s+believe|I\\s+guess|I\\s*['\u2019]d\\s+say|I\\s+would\\s+say|probably|definitely"
            + "|certainly|clearly)\\s*,?\\s+)?";

    /** A letter followed by "is my ...": "E is my choice". */
    private static final String LETTER_IS_MY = "(?<![a-z])[*_\"'`(\\[]*" + LETTER
            + "[*_\"'`)\\]]*\\s+(?:is|would\\s+be|will\\s+be)\\s+my\\s+";
    private static final String ANSWER_NOUN = "(?:answer|choice|decision|selection|pick)\\b";

    private static final Pattern FINAL = Pattern.compile(
            "\\bfinal\\s+" + ANSWER_NOUN + SEP + PRE + LETTER, FLAGS);
    private static final Pattern FINAL_AFTER = Pattern.compile(LETTER_IS_MY + "final\\s+" + ANSWER_NOUN, FLAGS);
    /** "Answer: C", "my choice is C", a line starting "Choice: C", a JSON-like {@code "choice": "C"}. */
    private static final Pattern DECLARED = Pattern.compile(
            "(?:\\banswer\\b|\\bmy\\s+(?:choice|selection|decision|pick|option)\\b"
                    + "|^[ \\t>#*_{\"']*(?:choice|selection|decision|pick|letter|option)\\b(?=[*_\"']*\\s*[:=])"
                    + "|[\"']choice[\"'](?=\\s*:))"
                    + "(?:\\s+(?:here|then|now|for\\s+me|for\\s+this\\s+question))?" + SEP + PRE + LETTER, FLAGS);
    private static final Pattern DECLARED_AFTER = Pattern.compile(LETTER_IS_MY + ANSWER_NOUN, FLAGS);
    /** "The fairest option is E": an opinion, weighed like a choice statement (the last one counts). */
    private static final Pattern DESCRIBED = Pattern.compile(
            "\\b(?:\\w+est|preferred|right|correct|optimal|chosen|selected|ideal|obvious|sensible)"
                    + "\\s+(?:option|choice|pick|allocation|split)\\b(?:\\s+(?:for\\s+me|here|then|now))?"
                    + SEP + PRE + LETTER, FLAGS);
    private static final Pattern CHOICE_VERB = Pattern.compile(
            "\\b(?:I(?:\\s*['\u2019]\\s*(?:d|ll|m)|\\s+(?:would|will|shall|must|am|do))?"
                    + "(?:\\s+(?:going\\s+to|definitely|probably|therefore|thus|then|also|still|rather|now"
                    + "|happily|clearly|confidently|instead|ultimately|finally|will))*"
                    + "|let\\s*['\u2019]?s|let\\s+me)"
                    + "\\s+(?:choose|chose|pick|picked|select|selected|go\\s+with|going\\s+with|go\\s+for"
                    + "|opt\\s+for|take|choosing|picking|selecting|prefer)\\b\\s*" + PRE + LETTER, FLAGS);
    private static final Pattern LONE_LETTER_LINE = Pattern.compile(
            "^[ \\t>#*_\"'`(\\[]*(?:(?:option|letter|answer|choice)\\s*[:\\-]?\\s*[*_\"'`(\\[]*)?"
                    + LETTER + "[*_\"'`)\\].!]*[ \\t]*\\r?$", FLAGS);
    private static final Pattern LEADING_LETTER = Pattern.compile(
            "\\A[\\s>#*_\"'`]*\\(?" + LETTER + "(?:\\)|\\]|[*_]*\\s*[.:](?=\\s|$)|[*_]*\\s+[-\u2013\u2014]\\s)", FLAGS);
    private static final Pattern BOLD = Pattern.compile(
            "(?:\\*\\*|__)\\s*(?:(?i:option|letter)\\s+)?\\(?(?<L>[A-Z])\\)?[.:]?\\s*(?:\\*\\*|__)", Pattern.MULTILINE);
    private static final Pattern PARENTHESISED = Pattern.compile("\\((?<L>[A-Z])\\)");
    private static final Pattern SECOND_LETTER = Pattern.compile(
            "[)\\]]?\\s*(?:,|/|&|\\bor\\b|\\band\\b)\\s*" + PRE + LETTER, FLAGS);

    private AnswerCueFinder() {
    }

    /** All cues in the reply, in text order. */
    static List<AnswerCue> find(String text) {
        Map<Integer, AnswerCue> byPosition = new TreeMap<>();
        collect(text, FINAL, Strength.FINAL, true, byPosition);
        collect(text, FINAL_AFTER, Strength.FINAL, true, byPosition);
        collect(text, DECLARED, Strength.DECLARED, true, byPosition);
        collect(text, DECLARED_AFTER, Strength.DECLARED, true, byPosition);
        collect(text, DESCRIBED, Strength.STATEMENT, true, byPosition);
        collect(text, CHOICE_VERB, Strength.STATEMENT, false, byPosition);
        collect(text, LONE_LETTER_LINE, Strength.STATEMENT, false, byPosition);
        collect(text, LEADING_LETTER, Strength.FORMAT, false, byPosition);
        collect(text, BOLD, Strength.FORMAT, false, byPosition);
        collect(text, PARENTHESISED, Strength.FORMAT, false, byPosition);
        return new ArrayList<>(byPosition.values());
    }

    private static void collect(String text, Pattern pattern, Strength strength, boolean strictWords,
                                Map<Integer, AnswerCue> byPosition) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            int at = m.start("L");
            if (!LetterToken.accepts(text, at, strictWords)) {
                continue;
            }
            char letter = Character.toUpperCase(text.charAt(at));
            AnswerCue cue = new AnswerCue(letter, strength, at, namesAnotherLetter(text, at, letter));
            AnswerCue existing = byPosition.get(at);
            if (existing == null || strength.compareTo(existing.strength()) < 0) {
                byPosition.put(at, cue);
            }
        }
    }

    /** "A or B", "A/B", "A and C": the marker puts forward a second, different letter. */
    private static boolean namesAnotherLetter(String text, int at, char letter) {
        Matcher m = SECOND_LETTER.matcher(text);
        m.region(LetterToken.skipMarkup(text, at + 1), text.length());
        if (!m.lookingAt()) {
            return false;
        }
        int second = m.start("L");
        return LetterToken.accepts(text, second, true) && Character.toUpperCase(text.charAt(second)) != letter;
    }
}
