/** Charts of measured SVO angles (per induced value, backend and protocol), written as PNG and SVG. */
package org.svosim.simulation.chart;
