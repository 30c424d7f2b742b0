package org.svosim.agents.traffic;

/**
 * What went wrong in one model call, as far as traffic control cares: whether a retry can
 * help, and whether the failure says the endpoint itself is unhealthy (which is what the
 * circuit breaker counts).
 */
public enum FailureKind {
    /** HTTP 429: the provider's rate limit; may carry Retry-After. */
    RATE_LIMITED(true, true),
    /** HTTP 5xx. */
    SERVER_ERROR(true, true),
    /** No response within the per-call timeout (or HTTP 408). */
    TIMEOUT(true, true),
    /** The connection was refused, reset or closed before a response arrived. */
    CONNECTION(true, true),
    /** Any other 4xx (bad request, authentication, unknown model): retrying cannot help. */
    CLIENT_ERROR(false, false),
    /** A 2xx response whose body could not be parsed. */
    MALFORMED_RESPONSE(true, true),
    /** A well-formed response whose message has no text. The endpoint is healthy. */
    EMPTY_REPLY(true, false),
    /** The circuit breaker kept the endpoint paused for longer than the caller may wait. */
    CIRCUIT_OPEN(false, false),
    /** Anything else (including the host not resolving): not retried. */
    OTHER(false, false);

    private final boolean retryable;
    private final boolean endpointFault;

    FailureKind(boolean retryable, boolean endpointFault) {
        this.retryable = retryable;
        this.endpointFault = endpointFault;
    }

    /** Whether another attempt of the same request may succeed. */
    public boolean retryable() {
        return retryable;
    }

    /** Whether the failure counts against the endpoint's health (the circuit breaker). */
    public boolean endpointFault() {
        return endpointFault;
    }
}
