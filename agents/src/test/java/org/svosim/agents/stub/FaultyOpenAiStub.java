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
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * An OpenAI chat-completions server ({@code POST /v1/chat/completions}) that misbehaves on
 * purpose: each request gets a {@link Fault}, first from a script, then drawn from a
 * {@link FaultMix} with a seeded generator. It handles any number of requests at once and
 * records what it saw in a {@link RequestTally}. Close it after use.
 *
 * <p>Requests are read and answered on the server's dispatcher thread; a reply that waits (the
 * latency of an OK reply, a HANG) is sent by one scheduler thread when its time comes, so that
 * hundreds of requests in flight cost no thread each (parking and waking one thread per request
 * was half of the stub's CPU at 256 in flight; see BENCHMARKS.md).
 */
public final class FaultyOpenAiStub implements AutoCloseable {
    /** The content of an OK reply. */
    public static final String REPLY = FaultAnswers.REPLY;
    /** Prompt tokens reported by every completion. */
    public static final int PROMPT_TOKENS = FaultAnswers.PROMPT_TOKENS;
    /** Completion tokens reported by every completion. */
    public static final int COMPLETION_TOKENS = FaultAnswers.COMPLETION_TOKENS;

    private final HttpServer server;
    private final ScheduledExecutorService replies;
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
        replies = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "faulty-openai-stub");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(Runnable::run);
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
        replies.shutdownNow();
    }

    private synchronized Fault next() {
        return script.isEmpty() ? mix.draw(random) : script.removeFirst();
    }

    /**
     * The request counts as in flight from its arrival until the stub starts to answer (or
     * closes the connection): a client may send its next request as soon as it has the
     * answer, so counting until the answer is written would overstate concurrency. Requests
     * still waiting when the stub is closed are never answered (their connections close).
     */
    private void handle(HttpExchange exchange) throws IOException {
        tally.arrived(System.nanoTime());
        Fault fault;
        try (InputStream in = exchange.getRequestBody()) {
            in.readAllBytes();
            fault = next();
            tally.served(fault);
        } catch (IOException | RuntimeException e) {
            tally.finished();
            exchange.close();
            throw e;
        }
        Duration wait = fault == Fault.OK ? latency : fault == Fault.HANG ? hang : Duration.ZERO;
        if (wait.isZero()) {
            answer(exchange, fault);
            return;
        }
        try {
            replies.schedule(() -> answer(exchange, fault), wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException closed) {
            tally.finished();
            exchange.close();
        }
    }

    private void answer(HttpExchange exchange, Fault fault) {
        tally.finished();
        try (exchange) {
            FaultAnswers.answer(exchange, fault, retryAfter);
        } catch (IOException e) {
            // the client has gone: nothing to answer
        }
    }
}
