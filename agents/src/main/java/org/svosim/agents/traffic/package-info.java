/** The traffic layer of one endpoint: rate and in-flight limits, failure classification, retries with backoff and a budget, and a circuit breaker around every model call. */
package org.svosim.agents.traffic;
