package org.svosim.simulation.endpoint;

import dev.langchain4j.data.message.ChatMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.svosim.agents.backend.BackendSpec;

/**
 * The key of a cached response: SHA-256 over the provider, base URL, model, every sampling
 * parameter, every message (role and text) and the replicate index. The replicate index keeps
 * repetitions of one condition independent samples: repetition 3 never reuses repetition 2's
 * reply to the same dialogue, while a re-run of repetition 3 does. Timeouts and key variables
 * do not change what a model answers and are not part of the key.
 */
public final class CacheKey {
    private CacheKey() {
    }

    public static String of(BackendSpec spec, List<ChatMessage> messages, int replicate) {
        MessageDigest sha = sha256();
        update(sha, "svo-sim cache key v1");
        update(sha, spec.provider());
        update(sha, spec.baseUrl());
        update(sha, spec.model());
        update(sha, String.valueOf(spec.sampling()));
        update(sha, Integer.toString(replicate));
        for (ChatMessage m : messages) {
            update(sha, m.type().name());
            update(sha, RequestHash.textOf(m));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void update(MessageDigest sha, String s) {
        byte[] bytes = String.valueOf(s).getBytes(StandardCharsets.UTF_8);
        sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        sha.update((byte) ':');
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
