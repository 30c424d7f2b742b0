/**
 * Scoring slider answers against a target value: the ideal agent and its angle interval, the
 * attainable range, value and choice rationality, and the inequality-aversion index.
 */
package org.svosim.games.value;
