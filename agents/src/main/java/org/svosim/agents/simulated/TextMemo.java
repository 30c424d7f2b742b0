package org.svosim.agents.simulated;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded, thread-safe memo of something the simulated agent reads from a text (the options
 * of an item, an amount table, an induced angle, a word count). Every trial sends the same few
 * prompts, and reading them again with regular expressions was most of the simulated agent's
 * time. The reading is a pure function of the text, so the memo changes no reply. When full it
 * starts over, which keeps its memory bounded whatever a run sends.
 *
 * @param <K> the text read, or a key of the texts read together (a record of the same {@code String}s hashes
 *            and compares them without going through their characters again)
 * @param <T> what is read (never null)
 */
final class TextMemo<K, T> {
    private static final int CAPACITY = 2048;

    private final Function<K, T> reader;
    private final ConcurrentHashMap<K, T> memo = new ConcurrentHashMap<>();

    TextMemo(Function<K, T> reader) {
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** What {@code text} reads as: from the memo, or read now and remembered. */
    T get(K text) {
        T known = memo.get(text);
        if (known != null) {
            return known;
        }
        T read = Objects.requireNonNull(reader.apply(text), "a memo's reader returns a value");
        if (memo.size() >= CAPACITY) {
            memo.clear();
        }
        memo.put(text, read);
        return read;
    }
}
