package org.svosim.simulation.bench;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.svosim.agents.backend.BackendSpec;
import org.svosim.agents.backend.SamplingParameters;
import org.svosim.agents.stub.Fault;
import org.svosim.agents.stub.FaultMix;
import org.svosim.agents.stub.FaultyOpenAiStub;
import org.svosim.agents.traffic.TrafficSettings;
import org.svosim.simulation.endpoint.CallResult;
import org.svosim.simulation.endpoint.EndpointGateway;

/**
 * Calls through one endpoint gateway (traffic layer, LangChain4j, HTTP) to a local
 * OpenAI-compatible stub with a fixed latency: how close svo-sim comes to the ideal wall time
 * {@code N * L / C}, and how much a configured rate limit lets through.
 */
final class GatewayBench {
    /** The warm-up ends when the compiler worked less than this share of a batch's wall time. */
    private static final double SETTLED = 0.02;
    /** The most warm-up batches, and the longest warm-up (low in-flight limits have slow batches). */
    private static final int MAX_WARM_UP = 60;
    private static final long MAX_WARM_UP_NANOS = 60_000_000_000L;
    /** CPU snapshots taken after the warm-up, so that the one before the timed batch runs compiled code. */
    private static final int SNAPSHOTS_BEFORE_TIMING = 100;
    /** The compiler counts as idle when its total time did not move for this long. */
    private static final long IDLE_MILLIS = 200;
    private static final long MAX_SETTLE_NANOS = 10_000_000_000L;

    private GatewayBench() {
    }

    /**
     * What one timed batch of calls took: wall seconds, CPU seconds of the whole process (client,
     * svo-sim and stub: they share the JVM), the most requests the stub saw in any window, and the
     * process's CPU nanoseconds by thread group ({@link ThreadCpuSplit}), and how many warm-up batches
     * went first, and the connections the stub accepted during the timed calls.
     */
    record Timing(double wallSeconds, double cpuSeconds, int maxInWindow, Map<String, Long> cpuNanosByGroup,
                  int warmUpBatches, int connectionsOpened) {
    }

    /** Wall seconds for {@code n} calls with {@code inFlight} at once and {@code latency} per reply. */
    static double wallSeconds(int n, int inFlight, Duration latency, int perWindow, Duration window)
            throws Exception {
        return time(n, inFlight, latency, perWindow, window).wallSeconds();
    }

    /**
     * Times {@code n} calls. Without a rate limit, batches of the same {@code n} calls at the same
     * concurrency go first, untimed, until the JIT compiler is done ({@link #warmUp}), so that the
     * figure is the steady state (compiled code, open connections) rather than the JVM's start;
     * with a rate limit nothing goes first, since warm-up calls would count in the window.
     */
    static Timing time(int n, int inFlight, Duration latency, int perWindow, Duration window) throws Exception {
        boolean warmUp = perWindow == 0;
        try (FaultyOpenAiStub stub = FaultyOpenAiStub.start(FaultMix.only(Fault.OK), 1, latency, Duration.ofSeconds(1),
                "1")) {
            BackendSpec spec = new BackendSpec.OpenAi("bench-model", stub.baseUrl(), null,
                    SamplingParameters.defaults(), Duration.ofSeconds(30));
            TrafficSettings traffic = TrafficSettings.defaults().withMaxInFlight(inFlight)
                    .withRateLimits(perWindow, 0, window);
            try (EndpointGateway gateway = EndpointGateway.open("bench", spec, name -> null, inFlight, traffic, 1,
                    null)) {
                int batches = warmUp ? warmUp(gateway, n) : 0;
                int connections0 = stub.connectionsAccepted();
                ThreadCpuSplit cpu0 = ThreadCpuSplit.now();
                long t0 = System.nanoTime();
                List<CompletableFuture<CallResult>> calls = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    List<ChatMessage> messages = List.of(UserMessage.from("question " + i));
                    calls.add(gateway.call(messages, i, 0).toCompletableFuture());
                }
                // one wait for all: joining each call in turn woke this thread once per call
                CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).join();
                for (CompletableFuture<CallResult> c : calls) {
                    CallResult r = c.join();
                    if (!r.ok()) {
                        throw new IllegalStateException("a benchmark call failed: " + r.error());
                    }
                }
                double wall = (System.nanoTime() - t0) / 1e9;
                ThreadCpuSplit cpu1 = ThreadCpuSplit.now();
                return new Timing(wall, cpu1.processNanosSince(cpu0) / 1e9, stub.tally().maxInWindow(window),
                        cpu1.groupsSince(cpu0), batches, stub.connectionsAccepted() - connections0);
            }
        }
    }

    /**
     * Batches of {@code n} calls (returns how many) until the JIT compiler is done with them: until
     * two batches in a row had compilation time below {@link #SETTLED} of their wall time (at most
     * {@link #MAX_WARM_UP} batches or 60 s). One batch was not enough: on 2 busy cores the compiler kept
     * working through the next 50,000 calls, at 100-300 us of compiler CPU per call, in the timed
     * batch. Then the bench's own instruments are settled ({@link #settleInstruments}).
     */
    private static int warmUp(EndpointGateway gateway, int n) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        int round = 0;
        int settled = 0;
        long start = System.nanoTime();
        while (round < MAX_WARM_UP && settled < 2 && System.nanoTime() - start < MAX_WARM_UP_NANOS) {
            round++;
            long compiled0 = jit.getTotalCompilationTime();
            long t0 = System.nanoTime();
            List<CompletableFuture<CallResult>> calls = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                // new texts every batch, as in the timed batch: a repeated text is answered from the
                // request-hash memo, and the hashing code the timed batch runs would then still be cold
                calls.add(gateway.call(List.of(UserMessage.from("warm-up " + round + " " + i)), i, 0)
                        .toCompletableFuture());
            }
            CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).join();
            double wallMs = (System.nanoTime() - t0) / 1e6;
            settled = jit.getTotalCompilationTime() - compiled0 < SETTLED * wallMs ? settled + 1 : 0;
        }
        settleInstruments(jit);
        return round;
    }

    /**
     * Runs the CPU snapshot that the timed batch starts with ({@link ThreadCpuSplit#now}, which reads
     * /proc for every thread) {@link #SNAPSHOTS_BEFORE_TIMING} times, then waits until the compiler is
     * idle (at most {@link #MAX_SETTLE_NANOS}). Taken once per warm-up batch, the snapshot's loops
     * reached the C2 threshold after about 30 batches, at times in the snapshot just before the timed
     * batch: in one such batch PrintCompilation showed the snapshot's code compiled during the timed
     * calls, and the JIT threads took 57 us of CPU per call.
     */
    private static void settleInstruments(CompilationMXBean jit) {
        for (int i = 0; i < SNAPSHOTS_BEFORE_TIMING; i++) {
            ThreadCpuSplit.now();
        }
        long deadline = System.nanoTime() + MAX_SETTLE_NANOS;
        long compiled = jit.getTotalCompilationTime();
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(IDLE_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            long now = jit.getTotalCompilationTime();
            if (now == compiled) {
                return;
            }
            compiled = now;
        }
    }
}
