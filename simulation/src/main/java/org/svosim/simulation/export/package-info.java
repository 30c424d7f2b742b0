/**
 * The tidy files of a run folder (decisions.csv, trials.csv, summary.csv, transcripts.jsonl),
 * derived only from the run database and written atomically.
 */
package org.svosim.simulation.export;
