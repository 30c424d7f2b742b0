package org.svosim.agents.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.svosim.agents.stub.Fault;
import org.svosim.agents.stub.FaultMix;
import org.svosim.agents.stub.FaultyOpenAiStub;

/** EndpointTraffic around a real LangChain4j OpenAI model and the faulty stub. */
class EndpointTrafficTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    static RetryPolicy fastRetry(int maxAttempts) {
        return new RetryPolicy(maxAttempts, Duration.ofMillis(10), Duration.ofMillis(100), 2.0, 0.2, TIMEOUT);
    }

    /** Fast retries, a generous budget and a breaker that never opens unless a test says so. */
    static TrafficSettings settings() {
        return TrafficSettings.defaults().withRetry(fastRetry(5)).withRetryBudget(1.0, 100)
                .withBreaker(1000, Duration.ofSeconds(1), Duration.ofMinutes(1));
    }

    private static FaultyOpenAiStub always(Fault fault, Duration latency) {
        return FaultyOpenAiStub.start(FaultMix.only(fault), 1, latency, Duration.ofSeconds(2), "1");
    }

    @Test
    void retryAfterIsTheWaitBeforeTheRetryWhenLongerThanTheBackoff() throws Exception {
        VirtualClock clock = new VirtualClock();
        try (FaultyOpenAiStub stub = FaultyOpenAiStub.scripted(Fault.RATE_LIMITED, Fault.OK)) {
            EndpointTraffic traffic = new EndpointTraffic("stub", settings(), 1, clock);

            ChatResponse response = traffic.call(TestModels.ask(TestModels.openAi(stub.baseUrl(), TIMEOUT)), 50);

            assertThat(response.aiMessage().text()).isEqualTo(FaultyOpenAiStub.REPLY);
            assertThat(clock.sleeps()).containsExactly(Duration.ofSeconds(1));
            TrafficCounters c = traffic.counters();
            assertThat(c.attempts()).isEqualTo(2);
            assertThat(c.retries()).isEqualTo(1);
            assertThat(c.failures(FailureKind.RATE_LIMITED)).isEqualTo(1);
            assertThat(stub.tally().requests()).isEqualTo(2);
        }
    }

    @Test
    void aNonRetryableFailureEndsTheCallAfterOneAttempt() throws Exception {
        try (FaultyOpenAiStub stub = FaultyOpenAiStub.scripted(Fault.BAD_REQUEST)) {
            EndpointTraffic traffic = new EndpointTraffic("stub", settings(), 1, new VirtualClock());

            CallFailedException e = catchThrowableOfType(CallFailedException.class,
                    () -> traffic.call(TestModels.ask(TestModels.openAi(stub.baseUrl(), TIMEOUT)), 50));

            assertThat(e.reason()).isEqualTo(CallFailedException.NOT_RETRYABLE);
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.failure().kind()).isEqualTo(FailureKind.CLIENT_ERROR);
            assertThat(stub.tally().requests()).isEqualTo(1);
        }
    }

    @Test
    void aCallGivesUpAfterMaxAttemptsWithBackoffsBetweenThem() throws Exception {
        VirtualClock clock = new VirtualClock();
        try (FaultyOpenAiStub stub = always(Fault.UNAVAILABLE, Duration.ZERO)) {
            EndpointTraffic traffic = new EndpointTraffic("stub", settings().withRetry(fastRetry(3)), 1, clock);

            CallFailedException e = catchThrowableOfType(CallFailedException.class,
                    () -> traffic.call(TestModels.ask(TestModels.openAi(stub.baseUrl(), TIMEOUT)), 50));

            assertThat(e.reason()).isEqualTo(CallFailedException.MAX_ATTEMPTS_REACHED);
            assertThat(e.failure().kind()).isEqualTo(FailureKind.SERVER_ERROR);
            assertThat(stub.tally().requests()).isEqualTo(3);
            assertThat(clock.sleeps()).hasSize(2);
        }
    }

    @Test
    void theRetryBudgetBoundsTotalRequestsWhenEveryRequestFails() throws Exception {
        int calls = 40;
        try (FaultyOpenAiStub stub = always(Fault.SERVER_ERROR, Duration.ZERO)) {
            EndpointTraffic traffic = new EndpointTraffic("stub",
                    settings().withRetry(fastRetry(10)).withRetryBudget(0.25, 2), 1, new VirtualClock());
            ChatModel model = TestModels.openAi(stub.baseUrl(), TIMEOUT);
            List<Throwable> outcomes = runConcurrently(8, calls, () -> traffic.call(TestModels.ask(model), 50));

            assertThat(outcomes).hasSize(calls).allMatch(t -> t instanceof CallFailedException);
            assertThat(outcomes).anyMatch(t -> ((CallFailedException) t).reason().equals(CallFailedException.BUDGET_EXHAUSTED));
            int requests = stub.tally().requests();
            assertThat(requests).isLessThanOrEqualTo(calls + 2 + (int) (0.25 * calls));
            assertThat(traffic.counters().attempts()).isEqualTo(requests);
            assertThat(traffic.counters().retries()).isEqualTo(requests - calls);
        }
    }

    @Test
    void theBreakerPausesTheEndpointForItsCoolDownAndOneGoodProbeReopensIt() throws Exception {
        VirtualClock clock = new VirtualClock();
        Duration coolDown = Duration.ofSeconds(5);
        try (FaultyOpenAiStub stub = FaultyOpenAiStub.scripted(Fault.SERVER_ERROR, Fault.SERVER_ERROR, Fault.SERVER_ERROR)) {
            EndpointTraffic traffic = new EndpointTraffic("stub",
                    settings().withBreaker(3, coolDown, Duration.ofMinutes(1)), 1, clock);
            ChatModel model = TestModels.openAi(stub.baseUrl(), TIMEOUT);

            assertThat(traffic.call(TestModels.ask(model), 50).aiMessage().text()).isEqualTo(FaultyOpenAiStub.REPLY);

            List<Duration> sleeps = clock.sleeps();
            assertThat(sleeps).hasSize(4);
            assertThat(sleeps.get(2).plus(sleeps.get(3))).as("backoff after the 3rd failure + breaker wait").isEqualTo(coolDown);
            assertThat(stub.tally().requests()).isEqualTo(4);
            assertThat(traffic.counters().breakerOpenings()).isEqualTo(1);
            assertThat(traffic.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);

            traffic.call(TestModels.ask(model), 50);
            assertThat(clock.sleeps()).hasSize(4);
        }
    }

    @Test
    void aCallThatWouldWaitTooLongForAPausedEndpointFailsAsCircuitOpen() throws Exception {
        try (FaultyOpenAiStub stub = always(Fault.SERVER_ERROR, Duration.ZERO)) {
            EndpointTraffic traffic = new EndpointTraffic("stub",
                    settings().withBreaker(1, Duration.ofMinutes(10), Duration.ofMinutes(1)), 1, new VirtualClock());

            CallFailedException e = catchThrowableOfType(CallFailedException.class,
                    () -> traffic.call(TestModels.ask(TestModels.openAi(stub.baseUrl(), TIMEOUT)), 50));

            assertThat(e.failure().kind()).isEqualTo(FailureKind.CIRCUIT_OPEN);
            assertThat(e.reason()).isEqualTo(CallFailedException.ENDPOINT_PAUSED);
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(stub.tally().requests()).isEqualTo(1);
        }
    }

    @Test
    void reportedUsageReplacesTheEstimateSoMoreCallsFitTheTokenWindow() throws Exception {
        int perCallEstimate = 40;
        int reported = FaultyOpenAiStub.PROMPT_TOKENS + FaultyOpenAiStub.COMPLETION_TOKENS;
        try (FaultyOpenAiStub stub = always(Fault.OK, Duration.ZERO)) {
            ChatModel model = TestModels.openAi(stub.baseUrl(), TIMEOUT);
            TrafficSettings tpm100 = settings().withRateLimits(0, 100, Duration.ofSeconds(60));

            VirtualClock settled = new VirtualClock();
            EndpointTraffic withUsage = new EndpointTraffic("stub", tpm100, 1, settled);
            int beforeWait = 0;
            while (settled.sleeps().isEmpty()) {
                withUsage.call(TestModels.ask(model), perCallEstimate, TestModels::reportedTokens);
                beforeWait++;
            }
            VirtualClock estimated = new VirtualClock();
            EndpointTraffic estimateOnly = new EndpointTraffic("stub", tpm100, 1, estimated);
            int beforeWaitEstimated = 0;
            while (estimated.sleeps().isEmpty()) {
                estimateOnly.call(TestModels.ask(model), perCallEstimate);
                beforeWaitEstimated++;
            }

            assertThat(beforeWait - 1).as("calls admitted without waiting").isEqualTo((100 - perCallEstimate) / reported + 1);
            assertThat(beforeWaitEstimated - 1).isEqualTo(100 / perCallEstimate);
        }
    }

    @Test
    void inFlightStaysAtTheCapUnderSixteenConcurrentCallers() throws Exception {
        try (FaultyOpenAiStub stub = always(Fault.OK, Duration.ofMillis(20))) {
            EndpointTraffic traffic = new EndpointTraffic("stub", settings().withMaxInFlight(3), 1);
            ChatModel model = TestModels.openAi(stub.baseUrl(), TIMEOUT);

            List<Throwable> outcomes = runConcurrently(16, 64, () -> traffic.call(TestModels.ask(model), 50));

            assertThat(outcomes).hasSize(64).containsOnlyNulls();
            assertThat(stub.tally().maxInFlight()).isEqualTo(3);
            assertThat(traffic.counters().maxInFlight()).isEqualTo(3);
        }
    }

    @Test
    void theStubNeverSeesMoreThanTheRequestLimitInAnyTwoSecondWindow() throws Exception {
        Duration window = Duration.ofSeconds(2);
        try (FaultyOpenAiStub stub = always(Fault.OK, Duration.ZERO)) {
            EndpointTraffic traffic = new EndpointTraffic("stub",
                    settings().withMaxInFlight(8).withRateLimits(20, 0, window), 1);
            ChatModel model = TestModels.openAi(stub.baseUrl(), TIMEOUT);

            List<Throwable> outcomes = runConcurrently(8, 30, () -> traffic.call(TestModels.ask(model), 50));

            assertThat(outcomes).hasSize(30).containsOnlyNulls();
            assertThat(stub.tally().requests()).isEqualTo(30);
            assertThat(stub.tally().maxInWindow(window)).isEqualTo(20);
        }
    }

    @Test
    void anInterruptedWaitEndsTheCallWithoutSendingIt() throws Exception {
        try (FaultyOpenAiStub stub = always(Fault.OK, Duration.ZERO)) {
            EndpointTraffic traffic = new EndpointTraffic("stub",
                    settings().withRateLimits(1, 0, Duration.ofHours(1)), 1);
            ChatModel model = TestModels.openAi(stub.baseUrl(), TIMEOUT);
            traffic.call(TestModels.ask(model), 50);
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread caller = new Thread(() -> {
                try {
                    traffic.call(TestModels.ask(model), 50);
                } catch (Throwable t) {
                    thrown.set(t);
                }
            });
            caller.start();
            caller.interrupt();
            caller.join(5000);

            assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
            assertThat(stub.tally().requests()).isEqualTo(1);
            assertThat(traffic.counters().attempts()).isEqualTo(1);
        }
    }

    /** A call body that may throw. */
    interface Call {
        Object run() throws Exception;
    }

    /** Runs {@code calls} calls on {@code threads} threads; returns null per success, else what the call threw. */
    static List<Throwable> runConcurrently(int threads, int calls, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Throwable>> futures = new ArrayList<>();
            for (int i = 0; i < calls; i++) {
                futures.add(pool.submit(() -> {
                    try {
                        call.run();
                        return null;
                    } catch (Exception e) {
                        return e;
                    }
                }));
            }
            List<Throwable> outcomes = new ArrayList<>();
            for (Future<Throwable> f : futures) {
                outcomes.add(f.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
