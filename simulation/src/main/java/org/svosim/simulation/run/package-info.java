/** The records of one trial as planned and as finished, passed between actors and to the run store. */
package org.svosim.simulation.run;
