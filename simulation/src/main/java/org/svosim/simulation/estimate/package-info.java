/** Estimates of a run's calls, tokens and cost before anything is spent, from its real prompts. */
package org.svosim.simulation.estimate;
