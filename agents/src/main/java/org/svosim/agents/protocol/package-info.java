/** Interviews: the prompt protocols (HVAE dialogue, direct questions) as I/O-free state machines. */
package org.svosim.agents.protocol;
