/** The social-bias judgement probe's measurement: labels, judgements, misalignment / attack success / rejection rates with Wilson intervals, judge agreement (Cohen's and Fleiss' kappa) and explanation agreeability. */
package org.svosim.games.bias;
