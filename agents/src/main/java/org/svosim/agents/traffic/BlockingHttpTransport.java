package org.svosim.agents.traffic;

import java.io.IOException;
import java.io.InputStream;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.io.SocketConfig;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.pool.PoolConcurrencyPolicy;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.svosim.agents.memo.BoundedMemo;

/**
 * Sends one HTTP/1.1 request on the calling thread and reads the whole response, over Apache
 * HttpClient 5's classic (blocking) API with pooled keep-alive connections. The thread that asks
 * is the thread that writes and reads the socket: no selector thread in between, so a call costs
 * no handoff to another thread and back (BENCHMARKS.md, figure 1).
 *
 * <p>As the JDK client it replaced: no redirects followed, no automatic retries (the traffic layer
 * owns them), no cookies, no compression negotiated, the JVM's default SSL context (its
 * {@code javax.net.ssl.*} settings apply) and proxy selector. A URL the selector sends direct goes through the library's minimal client, which has
 * no proxy, authentication or redirect steps to run; a URL it sends through a proxy goes through
 * the full client with the selector as route planner. Each URL is parsed and its route chosen once
 * (a model sends to one or two URLs).
 *
 * <p>The pool opens as many connections as there are calls at once (the endpoint's in-flight limit
 * caps them), and checks a connection that sat idle for more than {@value #VALIDATE_AFTER_IDLE_MS} ms
 * before it reuses it, so that one the server closed meanwhile is replaced instead of failing a call.
 * The timeout bounds one request from its start (a connection to open included) to the last byte of
 * its response: a server that answers a byte at a time does not hold a call past it. Opening a
 * connection also has its own connect timeout. An overrun is thrown as a
 * {@link SocketTimeoutException}.
 */
final class BlockingHttpTransport {
    /** Idle time after which a pooled connection is checked before reuse. */
    static final long VALIDATE_AFTER_IDLE_MS = 2_000;

    /** URLs whose target is remembered (a model sends to one or two). */
    private static final int TARGETS = 64;

    /** Where a URL goes: the URL parsed, and whether the proxy selector routes it through a proxy. */
    private record Target(URI uri, boolean proxied) {
    }

    /** One response, whole: status, headers (names case-insensitive) and body bytes. */
    record Response(int status, Map<String, List<String>> headers, byte[] body) {
    }

    /** Cancels requests that overrun their timeout (one daemon thread for every transport). */
    private static final ScheduledThreadPoolExecutor DEADLINES = deadlines();

    private final Duration timeout;
    private final ProxySelector proxies;
    private final PoolingHttpClientConnectionManager pool;
    private final CloseableHttpClient direct;
    private final BoundedMemo<String, Target> targets = new BoundedMemo<>(TARGETS, this::target);
    private CloseableHttpClient viaProxy;

    /**
     * @param connectTimeout the longest a connection may take to open (null = the library's 3 min)
     * @param timeout        the longest one request may take, from its start to the last byte of the
     *                       response (null = no limit)
     */
    BlockingHttpTransport(Duration connectTimeout, Duration timeout) {
        this(connectTimeout, timeout, ProxySelector.getDefault());
    }

    /** As {@link #BlockingHttpTransport(Duration, Duration)}, with {@code proxies} (null = none) for the JVM's. */
    BlockingHttpTransport(Duration connectTimeout, Duration timeout, ProxySelector proxies) {
        this.timeout = timeout;
        this.proxies = proxies;
        ConnectionConfig.Builder connection = ConnectionConfig.custom()
                .setValidateAfterInactivity(TimeValue.ofMilliseconds(VALIDATE_AFTER_IDLE_MS));
        if (connectTimeout != null) {
            connection.setConnectTimeout(Timeout.of(connectTimeout));
        }
        if (timeout != null) {
            connection.setSocketTimeout(Timeout.of(timeout));
        }
        this.pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setPoolConcurrencyPolicy(PoolConcurrencyPolicy.LAX)
                .setMaxConnTotal(Integer.MAX_VALUE)
                .setMaxConnPerRoute(Integer.MAX_VALUE)
                .setDefaultSocketConfig(SocketConfig.custom().setTcpNoDelay(true).build())
                .setDefaultConnectionConfig(connection.build())
                // the JVM's default SSLContext, as the JDK client used: javax.net.ssl.* settings apply
                .setTlsSocketStrategy(DefaultClientTlsStrategy.createSystemDefault())
                .build();
        this.direct = HttpClients.createMinimal(pool);
    }

    /**
     * Sends {@code method url} with {@code headers} and {@code body} (null = none).
     *
     * @throws IOException when the connection fails, times out or the response cannot be read
     */
    Response send(String method, String url, Map<String, List<String>> headers, byte[] body) throws IOException {
        Target target = targets.get(url);
        HttpUriRequestBase request = new HttpUriRequestBase(method, target.uri());
        if (headers != null) {
            headers.forEach((name, values) -> {
                if (values != null) {
                    values.forEach(value -> request.addHeader(name, value));
                }
            });
        }
        if (body != null) {
            request.setEntity(new ByteArrayEntity(body, null));
        }
        CloseableHttpClient client = target.proxied() ? viaProxy() : direct;
        ScheduledFuture<?> deadline = timeout == null ? null
                : DEADLINES.schedule(request::cancel, timeout.toNanos(), TimeUnit.NANOSECONDS);
        try {
            return client.execute(request, BlockingHttpTransport::whole);
        } catch (IOException e) {
            // the request's own flag, set before the deadline aborts the connection: the aborted read
            // can fail before the scheduled task has returned, while its future is not yet done
            if (request.isCancelled()) {
                SocketTimeoutException late = new SocketTimeoutException("no complete response within " + timeout);
                late.initCause(e);
                throw late;
            }
            throw e;
        } finally {
            if (deadline != null) {
                deadline.cancel(false);
            }
        }
    }

    /** {@code url} parsed, and whether the proxy selector sends it through a proxy. */
    private Target target(String url) {
        URI uri = URI.create(url);
        List<Proxy> chosen = proxies == null ? null : proxies.select(uri);
        return new Target(uri, chosen != null && chosen.stream().anyMatch(p -> p.type() != Proxy.Type.DIRECT));
    }

    private synchronized CloseableHttpClient viaProxy() {
        if (viaProxy == null) {
            viaProxy = HttpClients.custom()
                    .setConnectionManager(pool)
                    .setConnectionManagerShared(true)
                    .setRoutePlanner(new SystemDefaultRoutePlanner(proxies))
                    .disableAutomaticRetries()
                    .disableRedirectHandling()
                    .disableCookieManagement()
                    .disableAuthCaching()
                    .disableContentCompression()
                    .build();
        }
        return viaProxy;
    }

    private static ScheduledThreadPoolExecutor deadlines() {
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "http-deadlines");
            t.setDaemon(true);
            return t;
        });
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    private static Response whole(ClassicHttpResponse response) throws IOException {
        HttpEntity entity = response.getEntity();
        byte[] body;
        if (entity == null) {
            body = new byte[0];
        } else {
            long length = entity.getContentLength();
            try (InputStream in = entity.getContent()) {
                // a body of known length is read into an array of its size, not through 8 KB buffers
                body = in == null ? new byte[0]
                        : length >= 0 && length < Integer.MAX_VALUE ? in.readNBytes((int) length) : in.readAllBytes();
            }
        }
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header h : response.getHeaders()) {
            headers.computeIfAbsent(h.getName(), k -> new ArrayList<>(1)).add(h.getValue());
        }
        return new Response(response.getCode(), headers, body);
    }
}
