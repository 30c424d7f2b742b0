/** Endpoints: where model calls leave the actor system, run on their own threads, and come back as data. */
package org.svosim.simulation.endpoint;
