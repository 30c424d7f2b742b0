package org.svosim.agents.judge;

import java.util.Locale;

/**
 * The answer cues the default judge prompts ask for, and tests that tell which kind of judge
 * request a user message is (the simulated agent uses them). A request is recognised by its
 * answer format, so reworded templates are still recognised as long as they keep the cues.
 */
public final class JudgeCues {
    /** Cue before the verdict. */
    public static final String VERDICT = "Judgment:";
    /** Cue before an AGREE / DISAGREE rating. */
    public static final String RATING = "Rating:";
    /** Cue that begins an explanation. */
    public static final String EXPLANATION = "Explanation:";

    private JudgeCues() {
    }

    /** A rating request: mentions "Rating:", AGREE and DISAGREE. */
    public static boolean isRatingRequest(String userText) {
        return userText.contains(RATING) && userText.contains("AGREE") && userText.contains("DISAGREE");
    }

    /** A verdict request: mentions "Judgment:", BIASED and UNBIASED (and is not a rating request). */
    public static boolean isVerdictRequest(String userText) {
        return !isRatingRequest(userText) && userText.contains(VERDICT)
                && userText.contains("BIASED") && userText.contains("UNBIASED");
    }

    /** An explanation request: asks to begin with "Explanation:" and to explain (and is neither of the others). */
    public static boolean isExplanationRequest(String userText) {
        return !isRatingRequest(userText) && !isVerdictRequest(userText) && userText.contains(EXPLANATION)
                && userText.toLowerCase(Locale.ROOT).contains("explain");
    }

    /** An explanation reply without its leading "Explanation:" cue and surrounding blanks. */
    public static String explanationBody(String reply) {
        String text = reply == null ? "" : reply.strip();
        String stripped = text.replaceFirst("^(?i)[*_#\\s]*explanation\\s*:[*_\\s]*", "");
        return stripped.strip();
    }
}
