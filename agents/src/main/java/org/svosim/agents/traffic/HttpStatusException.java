package org.svosim.agents.traffic;

import dev.langchain4j.exception.HttpException;
import java.time.Duration;

/**
 * A non-2xx HTTP response, like LangChain4j's {@link HttpException} but keeping the
 * provider's {@code Retry-After}. Thrown by {@link RetryAfterHttpClient}; LangChain4j's
 * exception mapper still sees an {@link HttpException} and wraps it as usual (e.g. in a
 * {@code RateLimitException}), so {@link FailureClassifier} finds it in the cause chain.
 */
public final class HttpStatusException extends HttpException {
    private static final long serialVersionUID = 1L;

    private final transient Duration retryAfter;

    /**
     * @param statusCode the HTTP status
     * @param body       the response body (the provider's error message)
     * @param retryAfter the wait the provider asked for, or null if it sent no Retry-After
     */
    public HttpStatusException(int statusCode, String body, Duration retryAfter) {
        super(statusCode, body);
        this.retryAfter = retryAfter;
    }

    /** The wait the provider asked for, or null if it sent none. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
