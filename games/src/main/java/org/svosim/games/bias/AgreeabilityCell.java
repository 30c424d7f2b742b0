package org.svosim.games.bias;

/**
 * How much one rater agrees with the explanations of one author.
 *
 * @param rater         the rating model
 * @param author        the model whose explanations were rated
 * @param agreeability  AGREE / (AGREE + DISAGREE) with its interval; UNCLEAR ratings are left out
 * @param unclear       how many ratings could not be read
 */
public record AgreeabilityCell(String rater, String author, Rate agreeability, int unclear) {
}
