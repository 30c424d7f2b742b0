/** Benchmarks of svo-sim against the limits of its endpoints and of the machine (run with -Pbench; not tests). */
package org.svosim.simulation.bench;
