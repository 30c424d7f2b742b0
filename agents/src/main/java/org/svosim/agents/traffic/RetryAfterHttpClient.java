package org.svosim.agents.traffic;

import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.jdk.JdkHttpClient;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;

/**
 * A LangChain4j HTTP client that behaves like {@link JdkHttpClient} for ordinary (non-streaming)
 * requests, exception for exception, except that a non-2xx response is thrown as an
 * {@link HttpStatusException} that keeps the provider's {@code Retry-After} (LangChain4j 1.18's
 * own {@code HttpException} drops all response headers). Streaming and multipart requests are
 * passed to a plain {@link JdkHttpClient} built with the same settings (they lose Retry-After;
 * svo-sim uses neither). Build it with {@link #builder()} and hand the builder to a chat model's
 * {@code httpClientBuilder(...)}.
 */
public final class RetryAfterHttpClient implements HttpClient {
    private final java.net.http.HttpClient.Builder jdkBuilder;
    private final java.net.http.HttpClient jdk;
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
        // The JDK client's own steps (reading headers, collecting the body, completing the caller's
        // future) run on its selector thread instead of being handed to a worker pool and back:
        // none of them blocks (the body is collected as bytes), and the handoffs were a quarter of
        // the client's CPU per call. Measured with the bench (BENCHMARKS.md): efficiency at 256 calls
        // in flight 0.61-0.66 -> 0.74-0.76, at 64 in flight 0.90 -> 0.93.
        this.jdk = jdkBuilder.executor(Runnable::run).build();
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
            HttpResponse<byte[]> response = jdk.send(toJdk(request), HttpResponse.BodyHandlers.ofByteArray());
            int status = response.statusCode();
            if (status < 200 || status >= 300) {
                throw new HttpStatusException(status, new String(response.body(), StandardCharsets.UTF_8),
                        RetryAfter.fromHeaders(response.headers().map(), wallClock));
            }
            return SuccessfulHttpResponse.builder()
                    .statusCode(status)
                    .headers(response.headers().map())
                    .body(response.body())
                    .build();
        } catch (HttpTimeoutException e) {
            throw new TimeoutException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RuntimeException(e);
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    @Override
    public void execute(HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
        fallback().execute(request, parser, listener);
    }

    private java.net.http.HttpRequest toJdk(HttpRequest request) {
        java.net.http.HttpRequest.Builder b = java.net.http.HttpRequest.newBuilder().uri(URI.create(request.url()));
        if (request.headers() != null) {
            request.headers().forEach((name, values) -> {
                if (values != null) {
                    values.forEach(value -> b.header(name, value));
                }
            });
        }
        java.net.http.HttpRequest.BodyPublisher body = request.body() == null
                ? java.net.http.HttpRequest.BodyPublishers.noBody()
                : java.net.http.HttpRequest.BodyPublishers.ofString(request.body());
        b.method(request.method().name(), body);
        if (requestTimeout != null) {
            b.timeout(requestTimeout);
        }
        return b.build();
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
