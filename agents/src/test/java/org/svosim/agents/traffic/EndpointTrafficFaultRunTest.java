package org.svosim.agents.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.svosim.agents.stub.Fault;
import org.svosim.agents.stub.FaultMix;
import org.svosim.agents.stub.FaultyOpenAiStub;
import org.svosim.agents.stub.RequestTally;

/**
 * Many concurrent callers through one EndpointTraffic against a stub serving every fault in
 * fixed proportions: every call ends with a reply or a reasoned failure, the client's view of
 * each attempt matches what the stub served, and no limit is exceeded at the stub.
 */
class EndpointTrafficFaultRunTest {
    private static final int CALLS = 100;
    private static final int CALLERS = 12;
    private static final int MAX_IN_FLIGHT = 6;
    private static final int REQUESTS_PER_WINDOW = 80;
    private static final Duration WINDOW = Duration.ofSeconds(1);
    private static final double BUDGET = 0.5;
    private static final int BUDGET_FLOOR = 10;
    private static final FaultMix MIX = FaultMix.of(Fault.OK, 45, Fault.RATE_LIMITED, 6, Fault.SERVER_ERROR, 8,
            Fault.UNAVAILABLE, 6, Fault.BAD_REQUEST, 3, Fault.RESET, 6, Fault.HANG, 4, Fault.MALFORMED_JSON, 6,
            Fault.EMPTY_CONTENT, 8, Fault.GARBAGE_TEXT, 8);
    private static final Set<String> REASONS = Set.of(CallFailedException.NOT_RETRYABLE,
            CallFailedException.MAX_ATTEMPTS_REACHED, CallFailedException.BUDGET_EXHAUSTED,
            CallFailedException.ENDPOINT_PAUSED);

    private static TrafficSettings settings() {
        RetryPolicy retry = new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(100), 2.0, 0.2,
                Duration.ofMillis(300));
        return new TrafficSettings(MAX_IN_FLIGHT, REQUESTS_PER_WINDOW, 100_000, WINDOW, retry, BUDGET, BUDGET_FLOOR,
                5, Duration.ofMillis(200), Duration.ofSeconds(30));
    }

    @Test
    void everyCallEndsWithAReplyOrAReasonedFailureAndNoLimitIsExceeded() throws Exception {
        try (FaultyOpenAiStub stub = FaultyOpenAiStub.start(MIX, 42, Duration.ofMillis(5), Duration.ofMillis(500), "1")) {
            ChatModel model = TestModels.openAi(stub.baseUrl(), settings().retry().perCallTimeout());
            EndpointTraffic traffic = new EndpointTraffic("faulty", settings(), 7);

            List<Object> outcomes = run(() -> traffic.call(TestModels.ask(model), 50, TestModels::reportedTokens));

            assertThat(outcomes).hasSize(CALLS);
            long replies = outcomes.stream().filter(o -> o instanceof ChatResponse).count();
            for (Object o : outcomes) {
                if (o instanceof ChatResponse) {
                    assertThat(((ChatResponse) o).aiMessage().text()).isNotBlank();
                } else {
                    assertThat(o).isInstanceOf(CallFailedException.class);
                    CallFailedException e = (CallFailedException) o;
                    assertThat(e.reason()).isIn(REASONS);
                    assertThat(e.failure().message()).isNotBlank();
                }
            }
            TrafficCounters c = traffic.counters();
            RequestTally seen = stub.tally();
            assertThat(c.calls()).isEqualTo(CALLS);
            assertThat(c.successes()).isEqualTo(replies);
            assertThat(c.successes() + c.failedCalls()).isEqualTo(CALLS);

            assertThat(c.attempts()).as("every attempt reached the stub, nothing else did").isEqualTo(seen.requests());
            assertThat(c.successes()).isEqualTo(seen.count(Fault.OK) + seen.count(Fault.GARBAGE_TEXT));
            assertThat(c.failures(FailureKind.RATE_LIMITED)).isEqualTo(seen.count(Fault.RATE_LIMITED));
            assertThat(c.failures(FailureKind.SERVER_ERROR))
                    .isEqualTo(seen.count(Fault.SERVER_ERROR) + seen.count(Fault.UNAVAILABLE));
            assertThat(c.failures(FailureKind.CLIENT_ERROR)).isEqualTo(seen.count(Fault.BAD_REQUEST));
            assertThat(c.failures(FailureKind.CONNECTION)).isEqualTo(seen.count(Fault.RESET));
            assertThat(c.failures(FailureKind.TIMEOUT)).isEqualTo(seen.count(Fault.HANG));
            assertThat(c.failures(FailureKind.MALFORMED_RESPONSE)).isEqualTo(seen.count(Fault.MALFORMED_JSON));
            assertThat(c.failures(FailureKind.EMPTY_REPLY)).isEqualTo(seen.count(Fault.EMPTY_CONTENT));
            for (Fault fault : Fault.values()) {
                assertThat(seen.count(fault)).as("the run exercised %s", fault).isPositive();
            }

            assertThat(seen.requests()).isLessThanOrEqualTo(CALLS + BUDGET_FLOOR + (int) (BUDGET * CALLS));
            assertThat(seen.maxInWindow(WINDOW)).isLessThanOrEqualTo(REQUESTS_PER_WINDOW);
            // The stub's own in-flight count includes hung requests the client has already given up on,
            // so the cap is checked on the client side here (and at the stub in EndpointTrafficTest).
            assertThat(c.maxInFlight()).isLessThanOrEqualTo(MAX_IN_FLIGHT);
        }
    }

    /** A call that returns a reply or throws. */
    interface Call {
        ChatResponse run() throws Exception;
    }

    private static List<Object> run(Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                futures.add(pool.submit(() -> {
                    try {
                        return call.run();
                    } catch (CallFailedException e) {
                        return e;
                    }
                }));
            }
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
