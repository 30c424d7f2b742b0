/**
 * The research statistics of a run (circular summaries, bootstrap intervals, calibration,
 * comparisons, category confusion) as pure functions on trial rows, and the one entry point
 * that writes their tables and figures into a run folder.
 */
package org.svosim.simulation.analysis;
