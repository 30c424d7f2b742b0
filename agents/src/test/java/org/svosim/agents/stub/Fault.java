package org.svosim.agents.stub;

/** What {@link FaultyOpenAiStub} does with one request. */
public enum Fault {
    /** A normal completion after the stub's latency. */
    OK,
    /** HTTP 429 with the stub's Retry-After header. */
    RATE_LIMITED,
    /** HTTP 500. */
    SERVER_ERROR,
    /** HTTP 503. */
    UNAVAILABLE,
    /** HTTP 400 (not retryable). */
    BAD_REQUEST,
    /** The connection is closed without any response. */
    RESET,
    /** No response until the stub's hang time has passed, then the connection is closed. */
    HANG,
    /** HTTP 200 with a truncated JSON body. */
    MALFORMED_JSON,
    /** HTTP 200, a well-formed completion whose content is "". */
    EMPTY_CONTENT,
    /** HTTP 200, a well-formed completion whose content is not an answer. */
    GARBAGE_TEXT
}
