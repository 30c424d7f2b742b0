package org.svosim.agents.parse;

/**
 * Reads the chosen option from a model's reply to one multiple-choice question whose options
 * are shown as letters A, B, C, ... One implementation per question type.
 */
public sealed interface AnswerParser permits LetterAnswerParser, JsonAnswerParser {

    /** How many options the question shows (letters A .. A + optionCount - 1). */
    int optionCount();

    /** What the reply chose, how it was read, and the raw text; never null, never throws on odd text. */
    ParsedAnswer parse(String raw);

    /** The last valid letter, e.g. 'I' for nine options. */
    default char lastLetter() {
        return (char) ('A' + optionCount() - 1);
    }
}
