/** The plan of a run: the design expanded into trials with stable ids and derived seeds. */
package org.svosim.simulation.plan;
