package org.svosim.agents.traffic;

import java.util.Objects;

/**
 * A call that traffic control gave up on: the last attempt's failure, how many attempts were
 * made, and why no further attempt was made (not retryable, attempts used up, retry budget
 * exhausted, endpoint paused too long).
 */
public final class CallFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Reason when the retry budget is spent. */
    public static final String BUDGET_EXHAUSTED = "retry budget exhausted";
    /** Reason when every attempt the retry policy allows has failed. */
    public static final String MAX_ATTEMPTS_REACHED = "max attempts reached";
    /** Reason when the failure's kind is not retryable. */
    public static final String NOT_RETRYABLE = "not retryable";
    /** Reason when the circuit breaker kept the endpoint paused for longer than the call may wait. */
    public static final String ENDPOINT_PAUSED = "endpoint paused by the circuit breaker";

    private final transient CallFailure failure;
    private final int attempts;
    private final String reason;

    /**
     * @param failure  the last attempt's failure
     * @param attempts attempts made (0 when none was sent)
     * @param reason   why there was no further attempt
     */
    public CallFailedException(CallFailure failure, int attempts, String reason) {
        super(reason + " after " + attempts + " attempt" + (attempts == 1 ? "" : "s") + "; last: "
                + Objects.requireNonNull(failure, "failure").describe());
        this.failure = failure;
        this.attempts = attempts;
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** The last attempt's failure. */
    public CallFailure failure() {
        return failure;
    }

    /** Attempts made (0 when none was sent). */
    public int attempts() {
        return attempts;
    }

    /** Why no further attempt was made, e.g. {@value #BUDGET_EXHAUSTED}. */
    public String reason() {
        return reason;
    }
}
