/** What a bias probe leaves in its run folder: the tidy tables (judgements, rates, consistency, agreeability), their column definitions and plots. */
package org.svosim.simulation.bias.output;
