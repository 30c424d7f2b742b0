/** The social-bias judgement probe at run time: its plan of model calls, the actors that make them, its run store and its run. */
package org.svosim.simulation.bias;
