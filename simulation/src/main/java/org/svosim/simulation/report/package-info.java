/**
 * What a run folder tells a reader: the self-contained {@code report.html} (design, results with
 * intervals, figures, failures, costs, manifest, methods) and the {@code codebook.md} of its tables.
 */
package org.svosim.simulation.report;
