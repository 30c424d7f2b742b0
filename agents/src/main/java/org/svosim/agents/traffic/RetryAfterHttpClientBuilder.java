package org.svosim.agents.traffic;

import dev.langchain4j.http.client.HttpClientBuilder;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Builds a {@link RetryAfterHttpClient}. Pass it to a LangChain4j model builder's
 * {@code httpClientBuilder(...)}; the model then sets the connect and read timeouts from its
 * own {@code timeout(...)} (LangChain4j fills in 60 s when the model sets none). The client
 * speaks HTTP/1.1 only (plain-http servers such as vLLM drop the body of an h2c upgrade); the JDK
 * client builder here serves only the streaming and multipart requests it passes on.
 *
 * <p>{@link #fixedRequestTimeout(Duration)} makes one timeout win over whatever the model
 * builder sets: use it to apply the traffic settings' per-call timeout.
 */
public final class RetryAfterHttpClientBuilder implements HttpClientBuilder {
    private final java.net.http.HttpClient.Builder jdkBuilder =
            java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1);
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration fixedRequestTimeout;
    private Clock wallClock = Clock.systemUTC();

    RetryAfterHttpClientBuilder() {
    }

    @Override
    public Duration connectTimeout() {
        return connectTimeout;
    }

    @Override
    public RetryAfterHttpClientBuilder connectTimeout(Duration timeout) {
        this.connectTimeout = timeout;
        return this;
    }

    /** The request timeout the client will use: the fixed one if set, else the read timeout. */
    @Override
    public Duration readTimeout() {
        return fixedRequestTimeout != null ? fixedRequestTimeout : readTimeout;
    }

    @Override
    public RetryAfterHttpClientBuilder readTimeout(Duration timeout) {
        this.readTimeout = timeout;
        return this;
    }

    /** A request timeout that overrides any {@link #readTimeout(Duration)} (null = none fixed). */
    public RetryAfterHttpClientBuilder fixedRequestTimeout(Duration timeout) {
        if (timeout != null && (timeout.isZero() || timeout.isNegative())) {
            throw new IllegalArgumentException("request timeout must be positive, got " + timeout);
        }
        this.fixedRequestTimeout = timeout;
        return this;
    }

    /** The wall clock that HTTP-date Retry-After values are compared against (tests). */
    public RetryAfterHttpClientBuilder wallClock(Clock clock) {
        this.wallClock = Objects.requireNonNull(clock, "wall clock");
        return this;
    }

    @Override
    public RetryAfterHttpClient build() {
        return new RetryAfterHttpClient(jdkBuilder, connectTimeout, readTimeout(), wallClock);
    }
}
