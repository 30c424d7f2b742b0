/**
 * The revealed SVO angle of a decision maker: maximum likelihood over the angle with a logit
 * choice rule on the transformed utility, its precision and a profile-likelihood interval.
 */
package org.svosim.games.estimate;
