/** The persona an agent is told to be: its target value, the value's name and description. */
package org.svosim.agents.persona;
