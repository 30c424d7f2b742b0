/** The actors that run an experiment: a guardian, the experiment runner, one agent per trial and the store's recorder. */
package org.svosim.simulation.engine;
