package org.svosim.simulation.endpoint;

import dev.langchain4j.data.message.ChatMessage;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.svosim.agents.backend.BackendSpec;
import org.svosim.agents.hash.Sha256;

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
        MessageDigest sha = Sha256.digest();
        RequestHash.update(sha, "svo-sim cache key v1");
        RequestHash.update(sha, spec.provider());
        RequestHash.update(sha, spec.baseUrl());
        RequestHash.update(sha, spec.model());
        RequestHash.update(sha, String.valueOf(spec.sampling()));
        RequestHash.update(sha, Integer.toString(replicate));
        for (ChatMessage m : messages) {
            RequestHash.update(sha, m.type().name());
            RequestHash.update(sha, RequestHash.textOf(m));
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
