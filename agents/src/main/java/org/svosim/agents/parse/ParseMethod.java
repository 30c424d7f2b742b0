package org.svosim.agents.parse;

/** How an answer's choice was obtained from the model's text. */
public enum ParseMethod {
    /** The reply was exactly the answer (a single letter, or the exact JSON object). */
    EXACT,
    /** The answer was found by an explicit answer pattern in a longer reply. */
    PATTERN,
    /** The first reply was unclear; the answer came from a re-asked question. */
    REASKED,
    /** A separate extractor model mapped the reply to an answer. */
    EXTRACTOR,
    /** No answer could be obtained. */
    INVALID;

    private final String label = name().toLowerCase(java.util.Locale.ROOT);

    public String label() {
        return label;
    }
}
