package org.svosim.simulation.endpoint;

import dev.langchain4j.data.message.ChatMessage;
import java.util.List;
import org.svosim.agents.memo.BoundedMemo;

/**
 * One backend's {@link RequestHash}es, remembered by the messages they hash: every trial of a protocol
 * that asks each item afresh sends the same system and item prompts (the same {@code String}s), so a
 * repeated request costs a map lookup instead of a SHA-256 over its texts. Equal messages have equal texts,
 * so a remembered hash is the hash; a conversation that only grows never repeats and just passes through.
 * Thread-safe.
 */
final class RequestHashMemo {
    private final BoundedMemo<List<ChatMessage>, String> memo;

    /** A memo for requests to the backend whose {@code BackendSpec.toString()} is {@code specText}. */
    RequestHashMemo(String specText) {
        this.memo = new BoundedMemo<>(4096, messages -> RequestHash.of(specText, messages));
    }

    /** {@link RequestHash#of(String, List)} of these messages (copied: the caller may change its list later). */
    String of(List<ChatMessage> messages) {
        return memo.get(List.copyOf(messages));
    }
}
