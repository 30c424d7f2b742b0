/**
 * Charts of a run, written as PNG (2x) and SVG: measured SVO angles per induced value (per backend,
 * and as panels), the SVO ring, calibration, the value-rationality heat map and the category
 * confusion matrix. Charts take plain input records and draw; they compute no statistics.
 */
package org.svosim.simulation.chart;
