package org.svosim.agents.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * HTTP plumbing shared by the provider stubs: a {@link HttpServer} on 127.0.0.1 and a free
 * port that records every request (parsed JSON body and headers) and answers the provider's
 * endpoint through a scriptable responder. Subclasses only render replies in their wire
 * format and say which headers are required. Close it after use.
 */
public abstract class StubServer implements AutoCloseable {
    /** Shared JSON mapper for the stubs. */
    protected static final ObjectMapper JSON = new ObjectMapper();

    private final String endpointPath;
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private volatile Function<RecordedRequest, StubReply> responder;

    /**
     * @param endpointPath the one path the provider serves, e.g. "/v1/chat/completions"
     * @param responder    computes the reply to each request
     */
    protected StubServer(String endpointPath, Function<RecordedRequest, StubReply> responder) {
        this.endpointPath = endpointPath;
        this.responder = responder;
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start stub server", e);
        }
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, getClass().getSimpleName() + "-worker");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL to configure the client with (provider-specific suffix included). */
    public abstract String baseUrl();

    /** Renders a successful reply as the provider's response body. */
    protected abstract String renderReply(StubReply.Text reply, RecordedRequest request);

    /** Renders an error as the provider's error body. */
    protected abstract String renderError(int status, String message);

    /** Why the provider would reject the request's headers (e.g. a missing key), or null if it accepts them. */
    protected StubReply.Failure rejectHeaders(RecordedRequest request) {
        return null;
    }

    /** "http://127.0.0.1:port", without trailing slash. */
    protected final String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every request received so far, in arrival order. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The most recent request; fails if there was none. */
    public RecordedRequest lastRequest() {
        if (requests.isEmpty()) {
            throw new IllegalStateException(getClass().getSimpleName() + " has received no request");
        }
        return requests.get(requests.size() - 1);
    }

    /** Replaces the responder for the following requests. */
    public void respondWith(Function<RecordedRequest, StubReply> newResponder) {
        this.responder = newResponder;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            RecordedRequest request = record(exchange);
            requests.add(request);
            StubReply reply = reply(request);
            if (reply instanceof StubReply.Text) {
                send(exchange, 200, renderReply((StubReply.Text) reply, request));
            } else {
                StubReply.Failure failure = (StubReply.Failure) reply;
                send(exchange, failure.status(), renderError(failure.status(), failure.message()));
            }
        }
    }

    private StubReply reply(RecordedRequest request) {
        if (!request.path().equals(endpointPath)) {
            return StubReply.failure(404, "no such endpoint: " + request.path() + " (stub serves " + endpointPath + ")");
        }
        if (!request.method().equals("POST")) {
            return StubReply.failure(405, "method " + request.method() + " not allowed (expected POST)");
        }
        StubReply.Failure rejected = rejectHeaders(request);
        if (rejected != null) {
            return rejected;
        }
        try {
            return responder.apply(request);
        } catch (RuntimeException e) {
            return StubReply.failure(500, "stub responder failed: " + e);
        }
    }

    private static RecordedRequest record(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new HashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                headers.put(name.toLowerCase(Locale.ROOT), values.get(0));
            }
        });
        byte[] bytes;
        try (InputStream in = exchange.getRequestBody()) {
            bytes = in.readAllBytes();
        }
        return new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, parse(bytes));
    }

    private static JsonNode parse(byte[] bytes) {
        if (bytes.length == 0) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
