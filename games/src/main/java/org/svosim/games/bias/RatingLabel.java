package org.svosim.games.bias;

/** A rater's reply to "do you agree with this explanation?": AGREE, DISAGREE, or UNCLEAR when neither could be read. */
public enum RatingLabel {
    /** The rater agrees with the explanation. */
    AGREE,
    /** The rater disagrees with the explanation. */
    DISAGREE,
    /** No rating could be read from the reply (a refusal or no answer). */
    UNCLEAR
}
