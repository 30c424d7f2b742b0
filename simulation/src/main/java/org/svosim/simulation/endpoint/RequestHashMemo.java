package org.svosim.simulation.endpoint;

import dev.langchain4j.data.message.ChatMessage;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One backend's {@link RequestHash}es, remembered by the messages they hash: every trial of a protocol
 * that asks each item afresh sends the same system and item prompts (the same {@code String}s), so a
 * repeated request costs a map lookup instead of a SHA-256 over its texts. Equal messages have equal texts,
 * so a remembered hash is the hash; a conversation that only grows never repeats and just passes through.
 * Bounded: starts afresh when full. Thread-safe.
 */
final class RequestHashMemo {
    private static final int CAPACITY = 4096;

    private final String specText;
    private final ConcurrentHashMap<List<ChatMessage>, String> memo = new ConcurrentHashMap<>();

    /** A memo for requests to the backend whose {@code BackendSpec.toString()} is {@code specText}. */
    RequestHashMemo(String specText) {
        this.specText = specText;
    }

    /** {@link RequestHash#of(String, List)} of these messages (copied: the caller may change its list later). */
    String of(List<ChatMessage> messages) {
        List<ChatMessage> key = List.copyOf(messages);
        String known = memo.get(key);
        if (known != null) {
            return known;
        }
        String hash = RequestHash.of(specText, key);
        if (memo.size() >= CAPACITY) {
            memo.clear();
        }
        memo.put(key, hash);
        return hash;
    }
}
