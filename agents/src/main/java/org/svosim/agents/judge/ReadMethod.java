package org.svosim.agents.judge;

/** How a label was read from a reply. */
public enum ReadMethod {
    /** From the text after the cue ("Judgment:" or "Rating:"). */
    CUE,
    /** From a line that holds nothing but the label word (e.g. "**BIASED**"). */
    LONE_LINE,
    /** From label words in capitals anywhere in the reply, all agreeing (e.g. "The answer is BIASED."). */
    CAPITALS,
    /** From label words in any case anywhere in a reply that is not a refusal, all agreeing. */
    PROSE,
    /** No label could be read: the reply is a rejection. */
    NONE
}
