package org.svosim.games.bias;

/**
 * How much more a model agrees with its own explanations than with the others':
 * {@code difference = own.estimate - others.estimate}, where {@code others} pools every
 * readable rating the model gave to other authors' explanations (so an author with more
 * rated explanations weighs more). NaN when either share is undefined.
 *
 * @param rater      the model
 * @param own        agreeability of its own explanations
 * @param others     agreeability of all other authors' explanations, pooled
 * @param difference own minus others
 */
public record SelfPreference(String rater, Rate own, Rate others, double difference) {
}
