/** The svo-sim command line: run, analyze and validate, with exit codes and a progress bar. */
package org.svosim.simulation.cli;
