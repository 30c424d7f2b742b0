/** Scenario sources of the social-bias probe (BBQ, CrowS-Pairs direct and emulated, a generic JSONL/CSV format) with their malformed-row reports, and seeded sampling and filtering of scenarios. */
package org.svosim.simulation.bias.scenario;
