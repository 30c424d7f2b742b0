package org.svosim.agents.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
    private static final Duration COOL_DOWN = Duration.ofSeconds(30);
    private static final Duration FOREVER = Duration.ofDays(1);

    private static void fail(CircuitBreaker breaker, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            breaker.release(breaker.acquire(FOREVER), false);
        }
    }

    @Test
    void opensAfterKConsecutiveFailuresAndNotBefore() throws Exception {
        CircuitBreaker breaker = new CircuitBreaker(3, COOL_DOWN, new VirtualClock());

        fail(breaker, 2);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        fail(breaker, 1);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.openings()).isEqualTo(1);
    }

    @Test
    void aHealthyResultResetsTheCount() throws Exception {
        CircuitBreaker breaker = new CircuitBreaker(3, COOL_DOWN, new VirtualClock());

        fail(breaker, 2);
        breaker.release(breaker.acquire(FOREVER), true);
        fail(breaker, 2);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void afterTheCoolDownOneProbeClosesItOnSuccess() throws Exception {
        VirtualClock clock = new VirtualClock();
        CircuitBreaker breaker = new CircuitBreaker(2, COOL_DOWN, clock);
        fail(breaker, 2);

        CircuitBreaker.Permit probe = breaker.acquire(FOREVER);
        assertThat(probe.probe()).isTrue();
        assertThat(clock.sleeps()).containsExactly(COOL_DOWN);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.HALF_OPEN);

        breaker.release(probe, true);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.acquire(FOREVER).probe()).isFalse();
        assertThat(clock.sleeps()).hasSize(1);
    }

    @Test
    void aFailedProbeReopensForAnotherCoolDown() throws Exception {
        VirtualClock clock = new VirtualClock();
        CircuitBreaker breaker = new CircuitBreaker(2, COOL_DOWN, clock);
        fail(breaker, 2);

        breaker.release(breaker.acquire(FOREVER), false);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
        CircuitBreaker.Permit second = breaker.acquire(FOREVER);

        assertThat(second.probe()).isTrue();
        assertThat(clock.sleeps()).containsExactly(COOL_DOWN, COOL_DOWN);
        assertThat(breaker.openings()).isEqualTo(2);
    }

    @Test
    void whileTheProbeIsOutEveryOtherCallerWaitsThenAllPassOnSuccess() throws Exception {
        VirtualClock clock = new VirtualClock();
        CircuitBreaker breaker = new CircuitBreaker(1, COOL_DOWN, clock);
        fail(breaker, 1);
        clock.advance(COOL_DOWN);
        CircuitBreaker.Permit probe = breaker.acquire(FOREVER);
        assertThat(probe.probe()).isTrue();

        ExecutorService pool = Executors.newFixedThreadPool(5);
        AtomicInteger passed = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(5);
        List<Future<CircuitBreaker.Permit>> waiting = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            waiting.add(pool.submit(() -> {
                started.countDown();
                CircuitBreaker.Permit p = breaker.acquire(FOREVER);
                passed.incrementAndGet();
                return p;
            }));
        }
        started.await();
        Thread.sleep(100);
        assertThat(passed.get()).as("no second call passes while the probe is out").isZero();

        breaker.release(probe, true);
        for (Future<CircuitBreaker.Permit> f : waiting) {
            assertThat(f.get(5, TimeUnit.SECONDS).probe()).isFalse();
        }
        pool.shutdownNow();
        assertThat(passed.get()).isEqualTo(5);
    }

    @Test
    void resultsOfCallsLetThroughBeforeItOpenedDoNotCloseIt() throws Exception {
        CircuitBreaker breaker = new CircuitBreaker(1, COOL_DOWN, new VirtualClock());
        CircuitBreaker.Permit early = breaker.acquire(FOREVER);
        fail(breaker, 1);

        breaker.release(early, true);
        assertThat(breaker.state()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void anAbandonedProbeIsReofferedAtOnce() throws Exception {
        VirtualClock clock = new VirtualClock();
        CircuitBreaker breaker = new CircuitBreaker(1, COOL_DOWN, clock);
        fail(breaker, 1);
        CircuitBreaker.Permit probe = breaker.acquire(FOREVER);

        breaker.abandon(probe);
        assertThat(breaker.acquire(FOREVER).probe()).isTrue();
        assertThat(clock.sleeps()).containsExactly(COOL_DOWN);
    }

    @Test
    void aCallerThatMayNotWaitThatLongGetsATimeout() throws Exception {
        CircuitBreaker breaker = new CircuitBreaker(1, COOL_DOWN, new VirtualClock());
        fail(breaker, 1);

        assertThatThrownBy(() -> breaker.acquire(Duration.ofSeconds(5)))
                .isInstanceOf(TimeoutException.class).hasMessageContaining("paused");
    }
}
