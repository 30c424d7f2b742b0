/**
 * Population runs: agent actors with their own memory play allocation games against each other
 * under referee actors, a runner schedules the matches, and a recorder stores every decision.
 */
package org.svosim.simulation.population;
