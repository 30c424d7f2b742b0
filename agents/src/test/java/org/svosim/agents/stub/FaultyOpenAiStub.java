package org.svosim.agents.stub;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * An OpenAI chat-completions server ({@code POST /v1/chat/completions}) that misbehaves on
 * purpose: each request gets a {@link Fault}, first from a script, then drawn from a
 * {@link FaultMix} with a seeded generator. It handles any number of requests at once and
 * records what it saw in a {@link RequestTally}. Close it after use.
 *
 * <p>It speaks HTTP/1.1 over loopback through a {@link DelayedReplyServer}: one thread reads
 * every request and sends every reply when its time comes, from responses encoded once, so
 * that hundreds of requests in flight cost no thread each. (On the JDK's HttpServer with a
 * thread sleeping per request it took about 95 us of CPU per request at 256 in flight, as much as
 * the client it served; see BENCHMARKS.md.)
 */
public final class FaultyOpenAiStub implements AutoCloseable {
    /** The content of an OK reply. */
    public static final String REPLY = FaultAnswers.REPLY;
    /** Prompt tokens reported by every completion. */
    public static final int PROMPT_TOKENS = FaultAnswers.PROMPT_TOKENS;
    /** Completion tokens reported by every completion. */
    public static final int COMPLETION_TOKENS = FaultAnswers.COMPLETION_TOKENS;

    private final DelayedReplyServer server;
    private final RequestTally tally = new RequestTally();
    private final SplittableRandom random;
    private final Deque<Fault> script;
    private final Duration latency;
    private final Duration hang;
    private final Map<Fault, byte[]> responses;
    private FaultMix mix;

    private FaultyOpenAiStub(FaultMix mix, long seed, Duration latency, Duration hang, String retryAfter, Fault[] script) {
        this.mix = mix;
        this.random = new SplittableRandom(seed);
        this.latency = latency;
        this.hang = hang;
        this.responses = FaultAnswers.responses(retryAfter);
        this.script = new ArrayDeque<>(Arrays.asList(script));
        this.server = new DelayedReplyServer("faulty-openai-stub", this::handle);
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
        return "http://127.0.0.1:" + server.port() + "/v1";
    }

    /** What the stub saw so far. */
    public RequestTally tally() {
        return tally;
    }

    /** TCP connections the stub has accepted so far (a client that reuses its connections opens few). */
    public int connectionsAccepted() {
        return server.connectionsAccepted();
    }

    /** Replaces the mix for requests after the script. */
    public synchronized void respondWith(FaultMix newMix) {
        this.mix = newMix;
    }

    @Override
    public void close() {
        server.close();
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
    private DelayedReplyServer.Reply handle(HttpRequestHead head, byte[] body) {
        if (!head.path().startsWith("/v1/chat/completions")) {
            return new DelayedReplyServer.Reply(0, FaultAnswers.notFound(head.path()), () -> { });
        }
        tally.arrived(System.nanoTime());
        Fault fault = next();
        tally.served(fault);
        Duration wait = fault == Fault.OK ? latency : fault == Fault.HANG ? hang : Duration.ZERO;
        return new DelayedReplyServer.Reply(wait.toNanos(), responses.get(fault), tally::finished);
    }
}
