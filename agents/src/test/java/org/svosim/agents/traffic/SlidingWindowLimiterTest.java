package org.svosim.agents.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class SlidingWindowLimiterTest {
    private static final Duration W = Duration.ofSeconds(60);

    @Test
    void neverAdmitsMoreThanTheLimitInAnyWindowAndAdmitsAsSoonAsThereIsRoom() throws Exception {
        for (long seed = 1; seed <= 20; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int limit = 1 + random.nextInt(12);
            VirtualClock clock = new VirtualClock();
            SlidingWindowLimiter limiter = new SlidingWindowLimiter(limit, W, clock);
            List<Long> asked = new ArrayList<>();
            List<Long> admitted = new ArrayList<>();
            for (int i = 0; i < 500; i++) {
                if (random.nextInt(3) == 0) {
                    clock.advance(Duration.ofNanos(random.nextLong(W.toNanos() / 3)));
                }
                asked.add(clock.nanoTime());
                admitted.add(limiter.acquire(1).admittedAt());
            }
            for (int k = limit; k < admitted.size(); k++) {
                assertThat(admitted.get(k) - admitted.get(k - limit)).as("seed %d, admission %d", seed, k)
                        .isGreaterThanOrEqualTo(W.toNanos());
                assertThat(admitted.get(k)).as("seed %d, admission %d waited no longer than needed", seed, k)
                        .isEqualTo(Math.max(asked.get(k), admitted.get(k - limit) + W.toNanos()));
            }
        }
    }

    @Test
    void concurrentCallersNeverGetMoreThanTheLimitIntoAnyWindow() throws Exception {
        VirtualClock clock = new VirtualClock();
        int limit = 7;
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(limit, W, clock);
        List<Long> admitted = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                try {
                    for (int i = 0; i < 100; i++) {
                        admitted.add(limiter.acquire(1).admittedAt());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        List<Long> sorted = new ArrayList<>(admitted);
        Collections.sort(sorted);
        assertThat(sorted).hasSize(800);
        for (int k = limit; k < sorted.size(); k++) {
            assertThat(sorted.get(k) - sorted.get(k - limit)).isGreaterThanOrEqualTo(W.toNanos());
        }
    }

    @Test
    void weightsAreSummedAndASettledWeightFreesRoom() throws Exception {
        VirtualClock clock = new VirtualClock();
        SlidingWindowLimiter tokens = new SlidingWindowLimiter(100, W, clock);
        long start = clock.nanoTime();

        tokens.acquire(60).settle(10);
        SlidingWindowLimiter.Permit second = tokens.acquire(60);
        assertThat(second.admittedAt()).isEqualTo(start);
        assertThat(tokens.inWindow()).isEqualTo(70);

        SlidingWindowLimiter.Permit third = tokens.acquire(60);
        assertThat(third.admittedAt()).as("waits until both earlier admissions leave the window").isEqualTo(start + W.toNanos());
    }

    @Test
    void aWeightAboveTheLimitIsAdmittedAloneIntoAnEmptyWindow() throws Exception {
        VirtualClock clock = new VirtualClock();
        SlidingWindowLimiter tokens = new SlidingWindowLimiter(100, W, clock);
        long start = clock.nanoTime();

        tokens.acquire(10);
        assertThat(tokens.acquire(250).admittedAt()).isEqualTo(start + W.toNanos());
        assertThat(tokens.acquire(1).admittedAt()).isEqualTo(start + 2 * W.toNanos());
    }

    @Test
    void zeroMeansUnlimited() throws Exception {
        VirtualClock clock = new VirtualClock();
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(0, W, clock);
        for (int i = 0; i < 1000; i++) {
            limiter.acquire(1_000_000);
        }
        assertThat(clock.sleeps()).isEmpty();
    }

    @Test
    void aWaitingCallerCanBeInterrupted() throws Exception {
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(1, Duration.ofHours(1), TrafficClock.system());
        limiter.acquire(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                limiter.acquire(1);
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        waiter.start();
        waiter.interrupt();
        waiter.join(5000);

        assertThat(waiter.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
    }

    @Test
    void badSettingsAreRejected() {
        assertThatThrownBy(() -> new SlidingWindowLimiter(-1, W, new VirtualClock())).hasMessageContaining(">= 0");
        assertThatThrownBy(() -> new SlidingWindowLimiter(5, Duration.ZERO, new VirtualClock()))
                .hasMessageContaining("rate window");
    }
}
