package org.svosim.agents.stub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * An OpenAI chat-completions server ({@code POST /v1/chat/completions}) that misbehaves on
 * purpose: each request gets a {@link Fault}, first from a script, then drawn from a
 * {@link FaultMix} with a seeded generator. It handles any number of requests at once and
 * records what it saw in a {@link RequestTally}. Close it after use.
 */
public final class FaultyOpenAiStub implements AutoCloseable {
    /** The content of an OK reply. */
    public static final String REPLY = FaultAnswers.REPLY;
    /** Prompt tokens reported by every completion. */
    public static final int PROMPT_TOKENS = FaultAnswers.PROMPT_TOKENS;
    /** Completion tokens reported by every completion. */
    public static final int COMPLETION_TOKENS = FaultAnswers.COMPLETION_TOKENS;

    private final HttpServer server;
    private final ExecutorService executor;
    private final RequestTally tally = new RequestTally();
    private final SplittableRandom random;
    private final Deque<Fault> script;
    private final Duration latency;
    private final Duration hang;
    private final String retryAfter;
    private FaultMix mix;

    private FaultyOpenAiStub(FaultMix mix, long seed, Duration latency, Duration hang, String retryAfter, Fault[] script) {
        this.mix = mix;
        this.random = new SplittableRandom(seed);
        this.latency = latency;
        this.hang = hang;
        this.retryAfter = retryAfter;
        this.script = new ArrayDeque<>(Arrays.asList(script));
        System.setProperty("sun.net.httpserver.nodelay", "true");
        try {
            // a listen backlog for hundreds of clients connecting at once (the default of 50 drops connections)
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the faulty stub", e);
        }
        executor = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "faulty-openai-stub");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    /**
     * @param mix        proportions of faults after the script
     * @param seed       seeds the draws
     * @param latency    delay of an OK reply
     * @param hang       how long a HANG request is held before the connection is closed
     * @param retryAfter the Retry-After header value of a 429 (null = no header)
     * @param script     faults served first, in order
     */
    public static FaultyOpenAiStub start(FaultMix mix, long seed, Duration latency, Duration hang, String retryAfter,
                                         Fault... script) {
        return new FaultyOpenAiStub(mix, seed, latency, hang, retryAfter, script);
    }

    /** A stub that serves {@code script} in order, then OK replies without latency. */
    public static FaultyOpenAiStub scripted(Fault... script) {
        return start(FaultMix.only(Fault.OK), 1, Duration.ZERO, Duration.ofSeconds(2), "1", script);
    }

    /** The base URL for an OpenAI client ("http://127.0.0.1:port/v1"). */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** What the stub saw so far. */
    public RequestTally tally() {
        return tally;
    }

    /** Replaces the mix for requests after the script. */
    public synchronized void respondWith(FaultMix newMix) {
        this.mix = newMix;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private synchronized Fault next() {
        return script.isEmpty() ? mix.draw(random) : script.removeFirst();
    }

    /**
     * The request counts as in flight from its arrival until the stub starts to answer (or
     * closes the connection): a client may send its next request as soon as it has the
     * answer, so counting until the handler returns would overstate concurrency.
     */
    private void handle(HttpExchange exchange) throws IOException {
        tally.arrived(System.nanoTime());
        boolean finished = false;
        try (exchange; InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
            Fault fault = next();
            tally.served(fault);
            sleep(fault == Fault.OK ? latency : fault == Fault.HANG ? hang : Duration.ZERO);
            tally.finished();
            finished = true;
            FaultAnswers.answer(exchange, fault, retryAfter);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!finished) {
                tally.finished();
            }
        }
    }

    private static void sleep(Duration d) throws InterruptedException {
        if (!d.isZero()) {
            Thread.sleep(d.toMillis());
        }
    }
}
