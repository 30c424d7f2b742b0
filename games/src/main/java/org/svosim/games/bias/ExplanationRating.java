package org.svosim.games.bias;

import java.util.Objects;

/**
 * One model's rating of one explanation of why a scenario is biased.
 *
 * @param rater      the model that rated
 * @param author     the model that wrote the explanation (its "source")
 * @param scenarioId the scenario explained
 * @param label      AGREE, DISAGREE or UNCLEAR
 */
public record ExplanationRating(String rater, String author, String scenarioId, RatingLabel label) {
    public ExplanationRating {
        Objects.requireNonNull(rater, "rater");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(scenarioId, "scenario id");
        Objects.requireNonNull(label, "label");
    }
}
