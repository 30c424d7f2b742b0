package org.svosim.agents.judge;

import java.util.Objects;
import org.svosim.games.bias.RatingLabel;

/**
 * A rater's reply about an explanation and the rating read from it.
 *
 * @param raw    the reply exactly as received
 * @param label  AGREE, DISAGREE, or UNCLEAR when neither could be read
 * @param method how the rating was read ({@link ReadMethod#NONE} when unclear)
 * @param note   why it was read so, or why not
 */
public record ParsedRating(String raw, RatingLabel label, ReadMethod method, String note) {
    public ParsedRating {
        Objects.requireNonNull(raw, "raw reply");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(method, "method");
    }
}
