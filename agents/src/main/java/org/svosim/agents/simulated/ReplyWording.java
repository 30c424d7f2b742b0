package org.svosim.agents.simulated;

import java.util.List;
import java.util.SplittableRandom;

/**
 * How the simulated agent words an item answer: mostly the bare letter, sometimes a short
 * sentence, sometimes chatty text ending in "Answer: X"; JSON when the question asks for it;
 * and replies without any answer for the malformed share. Malformed texts contain no
 * standalone capital letter, so no parser can read an option out of them.
 */
final class ReplyWording {
    private static final double BARE_LETTER = 0.70;
    private static final double SHORT_SENTENCE = 0.85;

    /** Chatty answers: one of these, then the letter. */
    private static final List<String> CHATTY = List.of(
            "Weighing both amounts, this split fits what matters to me. Answer: ",
            "I'd go with the allocation that best reflects my values here. Answer: ",
            "After thinking it over, that option feels right. Answer: ");

    private static final List<String> MALFORMED = List.of(
            "Both options seem fair to me; it depends on the situation.",
            "That is a hard one. Each split has something to be said for it.",
            "Honestly, there is no clear best choice here for me.",
            "Could you tell me more about the other participant first?");

    private ReplyWording() {
    }

    /** The answer {@code letter} in one of the text styles, drawn from {@code random}. */
    static String letterAnswer(char letter, SplittableRandom random) {
        double style = random.nextDouble();
        String l = String.valueOf(letter);
        if (style < BARE_LETTER) {
            return l;
        }
        if (style < SHORT_SENTENCE) {
            return "I choose option " + l + ".";
        }
        return CHATTY.get(random.nextInt(CHATTY.size())) + l;
    }

    /** The answer as the JSON object the direct protocol asks for. */
    static String jsonAnswer(char letter) {
        return "{\"choice\": \"" + letter + "\"}";
    }

    /** A reply that carries no usable answer. */
    static String malformed(SplittableRandom random) {
        return MALFORMED.get(random.nextInt(MALFORMED.size()));
    }
}
