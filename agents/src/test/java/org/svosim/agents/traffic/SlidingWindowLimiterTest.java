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

    /** The admitted weight is in flight from admission to end; this checks nothing else overlaps the window. */
    private static long countedAt(List<long[]> spans, int k, long windowNanos) {
        long admittedK = spans.get(k)[0];
        long others = 0;
        for (int j = 0; j < spans.size(); j++) {
            if (j != k && spans.get(j)[0] <= admittedK && spans.get(j)[1] > admittedK - windowNanos) {
                others++;
            }
        }
        return others;
    }

    @Test
    void anAdmissionCountsUntilAWindowAfterItsEndAndIsAdmittedAsSoonAsThatLeavesRoom() throws Exception {
        long w = W.toNanos();
        for (long seed = 1; seed <= 20; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            int limit = 1 + random.nextInt(12);
            VirtualClock clock = new VirtualClock();
            SlidingWindowLimiter limiter = new SlidingWindowLimiter(limit, W, clock);
            List<long[]> spans = new ArrayList<>();
            for (int k = 0; k < 400; k++) {
                if (random.nextInt(3) == 0) {
                    clock.advance(Duration.ofNanos(random.nextLong(w / 3)));
                }
                long asked = clock.nanoTime();
                SlidingWindowLimiter.Permit permit = limiter.acquire(1);
                clock.advance(Duration.ofNanos(random.nextLong(w / 10)));
                permit.end();
                spans.add(new long[] {permit.admittedAt(), clock.nanoTime()});

                List<Long> earlierEnds = new ArrayList<>();
                for (int j = 0; j < k; j++) {
                    earlierEnds.add(spans.get(j)[1]);
                }
                earlierEnds.sort(Collections.reverseOrder());
                long soonest = earlierEnds.size() < limit ? asked : Math.max(asked, earlierEnds.get(limit - 1) + w);
                assertThat(permit.admittedAt()).as("seed %d, admission %d", seed, k).isEqualTo(soonest);
                assertThat(countedAt(spans, k, w)).as("seed %d, admission %d", seed, k).isLessThan(limit);
            }
        }
    }

    @Test
    void concurrentCallersNeverOverlapMoreThanTheLimitInAnyWindow() throws Exception {
        VirtualClock clock = new VirtualClock();
        int limit = 7;
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(limit, W, clock);
        List<long[]> spans = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            Thread thread = new Thread(() -> {
                try {
                    for (int i = 0; i < 60; i++) {
                        SlidingWindowLimiter.Permit permit = limiter.acquire(1);
                        clock.advance(Duration.ofMillis(5));
                        long ended = clock.nanoTime();
                        permit.end();
                        spans.add(new long[] {permit.admittedAt(), ended});
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
        List<long[]> all = new ArrayList<>(spans);
        assertThat(all).hasSize(480);
        for (int k = 0; k < all.size(); k++) {
            assertThat(countedAt(all, k, W.toNanos())).isLessThan(limit);
        }
    }

    @Test
    void anAdmissionInFlightNeverLeavesTheWindow() throws Exception {
        VirtualClock clock = new VirtualClock();
        SlidingWindowLimiter limiter = new SlidingWindowLimiter(1, W, clock);
        SlidingWindowLimiter.Permit inFlight = limiter.acquire(1);
        clock.advance(W.multipliedBy(3));
        AtomicReference<SlidingWindowLimiter.Permit> next = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            try {
                next.set(limiter.acquire(1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        Thread.sleep(100);
        assertThat(next.get()).as("not admitted while the first is in flight").isNull();

        long endedAt = clock.nanoTime();
        inFlight.end();
        waiter.join(5000);

        assertThat(next.get().admittedAt()).isEqualTo(endedAt + W.toNanos());
    }

    @Test
    void weightsAreSummedAndASettledWeightFreesRoom() throws Exception {
        VirtualClock clock = new VirtualClock();
        SlidingWindowLimiter tokens = new SlidingWindowLimiter(100, W, clock);
        long start = clock.nanoTime();

        SlidingWindowLimiter.Permit first = tokens.acquire(60);
        first.settle(10);
        first.end();
        SlidingWindowLimiter.Permit second = tokens.acquire(60);
        second.end();
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

        tokens.acquire(10).end();
        SlidingWindowLimiter.Permit big = tokens.acquire(250);
        big.end();
        assertThat(big.admittedAt()).isEqualTo(start + W.toNanos());
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
        limiter.acquire(1).end();
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
