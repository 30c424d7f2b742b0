package org.svosim.simulation.population;

import org.svosim.games.value.TargetValue;

/**
 * One agent of a population.
 *
 * @param name    {@code <group>-<k>}, k from 1
 * @param group   its group's name
 * @param backend the backend it asks
 * @param value   the value induced in it
 * @param seed    seeds its model calls (derived from the run seed and its name)
 */
public record Member(String name, String group, String backend, TargetValue value, long seed) {
}
