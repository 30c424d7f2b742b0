package org.svosim.agents.memo;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded, thread-safe memo of a pure function: what a prompt renders to, what the simulated agent
 * reads from a text, the hash of a request. Every trial sends the same few prompts, so most calls find
 * their value here; since the function is pure, a remembered value is the value it would compute. When
 * full the memo starts over, which keeps its memory bounded whatever a run sends. Keys should be cheap
 * to hash and compare again: the same {@code String}s, or records of them, whose hashes are cached.
 *
 * @param <K> what the value is computed from
 * @param <V> the value (never null)
 */
public final class BoundedMemo<K, V> {
    private final int capacity;
    private final Function<K, V> compute;
    private final ConcurrentHashMap<K, V> memo = new ConcurrentHashMap<>();

    /** A memo of {@code compute} holding at most {@code capacity} values. */
    public BoundedMemo(int capacity, Function<K, V> compute) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a memo's capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.compute = Objects.requireNonNull(compute, "compute");
    }

    /** The value of {@code key}: remembered, or computed now and remembered. */
    public V get(K key) {
        V known = memo.get(key);
        if (known != null) {
            return known;
        }
        V value = Objects.requireNonNull(compute.apply(key), "a memo's function returns a value");
        if (memo.size() >= capacity) {
            memo.clear();
        }
        memo.put(key, value);
        return value;
    }
}
