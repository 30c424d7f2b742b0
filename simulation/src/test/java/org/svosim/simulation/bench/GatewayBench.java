package org.svosim.simulation.bench;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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
    private GatewayBench() {
    }

    /**
     * What one timed batch of calls took: wall seconds, CPU seconds of the whole process (client,
     * svo-sim and stub: they share the JVM) and the most requests the stub saw in any window.
     */
    record Timing(double wallSeconds, double cpuSeconds, int maxInWindow) {
    }

    /** Wall seconds for {@code n} calls with {@code inFlight} at once and {@code latency} per reply. */
    static double wallSeconds(int n, int inFlight, Duration latency, int perWindow, Duration window)
            throws Exception {
        return time(n, inFlight, latency, perWindow, window).wallSeconds();
    }

    /**
     * Times {@code n} calls. Without a rate limit, the same {@code n} calls at the same concurrency
     * go first, untimed, so that the figure is the steady state (JIT-compiled code, open
     * connections) rather than the JVM's start; with a rate limit nothing goes first, since
     * warm-up calls would count in the window.
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
                if (warmUp) {
                    warmUp(gateway, n);
                }
                var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
                long cpu0 = os.getProcessCpuTime();
                long t0 = System.nanoTime();
                List<CompletableFuture<CallResult>> calls = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    List<ChatMessage> messages = List.of(UserMessage.from("question " + i));
                    calls.add(gateway.call(messages, i, 0).toCompletableFuture());
                }
                for (CompletableFuture<CallResult> c : calls) {
                    CallResult r = c.join();
                    if (!r.ok()) {
                        throw new IllegalStateException("a benchmark call failed: " + r.error());
                    }
                }
                return new Timing((System.nanoTime() - t0) / 1e9, (os.getProcessCpuTime() - cpu0) / 1e9,
                        stub.tally().maxInWindow(window));
            }
        }
    }

    private static void warmUp(EndpointGateway gateway, int n) {
        List<CompletableFuture<CallResult>> calls = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            calls.add(gateway.call(List.of(UserMessage.from("warm-up " + i)), i, 0).toCompletableFuture());
        }
        calls.forEach(CompletableFuture::join);
    }
}
