package org.svosim.agents.parse;

/**
 * One place in a reply where a letter is put forward as the answer.
 *
 * @param letter    the upper-case letter
 * @param strength  what kind of marker put it forward
 * @param position  index of the letter in the reply
 * @param ambiguous the marker names two different letters ("Answer: A or B")
 */
record AnswerCue(char letter, Strength strength, int position, boolean ambiguous) {

    /** Kinds of answer markers, strongest first. */
    enum Strength {
        /** "Final answer: D". Two different letters cannot be decided. */
        FINAL("final-answer marker"),
        /** "Answer: C", "My choice is C", "The best option is C". Two different letters cannot be decided. */
        DECLARED("answer marker"),
        /** "I would choose C", a line holding only "Option C". The last one wins. */
        STATEMENT("choice statement"),
        /** A reply opening with "C)", a bold "**C**", a "(C)". Two different letters cannot be decided. */
        FORMAT("letter format");

        private final String description;

        Strength(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }
}
