/** The simulated agent: a seeded, rule-based stand-in for a language model (not an LLM) that reads the project's prompts and answers in text, for dry runs and tests. */
package org.svosim.agents.simulated;
