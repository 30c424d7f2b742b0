package org.svosim.agents.judge;

import java.util.Objects;
import org.svosim.games.bias.BiasLabel;

/**
 * A judge's reply and the verdict read from it, kept together.
 *
 * @param raw    the reply exactly as received
 * @param label  BIASED, UNBIASED, or REJECTED when no verdict could be read
 * @param method how the verdict was read ({@link ReadMethod#NONE} for a rejection)
 * @param note   why it was read so, or why not (e.g. "refusal", "conflicting labels [BIASED, UNBIASED]")
 */
public record Verdict(String raw, BiasLabel label, ReadMethod method, String note) {
    public Verdict {
        Objects.requireNonNull(raw, "raw reply");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(method, "method");
    }

    /** Whether the reply carried no verdict. */
    public boolean rejected() {
        return label == BiasLabel.REJECTED;
    }
}
