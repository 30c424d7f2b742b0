package org.svosim.agents.traffic;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * A LangChain4j HTTP client for ordinary (non-streaming) requests that sends each one on the
 * calling thread over Apache HttpClient 5 ({@link BlockingHttpTransport}) and throws what
 * LangChain4j's own {@link JdkHttpClient} throws (a timeout as LangChain4j's
 * {@link TimeoutException}, a failed connection as a {@code RuntimeException} around the
 * {@link IOException}), except that a non-2xx response is thrown as an {@link HttpStatusException}
 * that keeps the provider's {@code Retry-After} (LangChain4j 1.18's own {@code HttpException} drops
 * all response headers). Streaming and multipart requests are passed to a plain
 * {@link JdkHttpClient} built with the same settings (they lose Retry-After; svo-sim uses neither).
 * Build it with {@link #builder()} and hand the builder to a chat model's
 * {@code httpClientBuilder(...)}.
 */
public final class RetryAfterHttpClient implements HttpClient {
    private final java.net.http.HttpClient.Builder jdkBuilder;
    private final BlockingHttpTransport transport;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final Clock wallClock;
    private HttpClient fallback;

    RetryAfterHttpClient(java.net.http.HttpClient.Builder jdkBuilder, Duration connectTimeout, Duration requestTimeout,
                         Clock wallClock) {
        this.jdkBuilder = jdkBuilder;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.wallClock = wallClock;
        if (connectTimeout != null) {
            jdkBuilder.connectTimeout(connectTimeout);
        }
        this.transport = new BlockingHttpTransport(connectTimeout, requestTimeout);
    }

    /** A builder for an HTTP/1.1-only client (see {@link RetryAfterHttpClientBuilder}). */
    public static RetryAfterHttpClientBuilder builder() {
        return new RetryAfterHttpClientBuilder();
    }

    /** The timeout applied to every request (null = none), for checks and logs. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    @Override
    public SuccessfulHttpResponse execute(HttpRequest request) {
        if (hasFormData(request)) {
            return fallback().execute(request);
        }
        try {
            BlockingHttpTransport.Response response = transport.send(request.method().name(), request.url(),
                    request.headers(), request.body() == null ? null : request.body().getBytes(StandardCharsets.UTF_8));
            int status = response.status();
            if (status < 200 || status >= 300) {
                throw new HttpStatusException(status, new String(response.body(), StandardCharsets.UTF_8),
                        RetryAfter.fromHeaders(response.headers(), wallClock));
            }
            return SuccessfulHttpResponse.builder()
                    .statusCode(status)
                    .headers(response.headers())
                    .body(response.body())
                    .build();
        } catch (SocketTimeoutException e) { // Apache's ConnectTimeoutException is one too
            // (the JDK client, for comparison, throws HttpTimeoutException, which LangChain4j wraps the same way)
            throw new TimeoutException(e);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        fallback().execute(request, parser, listener);
    }

    private static boolean hasFormData(HttpRequest request) {
        return (request.formDataFields() != null && !request.formDataFields().isEmpty())
                || (request.formDataFiles() != null && !request.formDataFiles().isEmpty());
    }

    private synchronized HttpClient fallback() {
        if (fallback == null) {
            fallback = JdkHttpClient.builder()
                    .httpClientBuilder(jdkBuilder)
                    .connectTimeout(connectTimeout)
                    .readTimeout(requestTimeout)
                    .build();
        }
        return fallback;
    }
}
