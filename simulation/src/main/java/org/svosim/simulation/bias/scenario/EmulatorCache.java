package org.svosim.simulation.bias.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import org.svosim.agents.hash.Sha256;

/**
 * Stored emulator output, so every sentence is emulated once and reused by later runs.
 *
 * <p>Contract: the key is {@link #key(String, String)} of the emulator's
 * {@link ScenarioEmulator#identity()} and the sentence; {@link #put} is called only with a
 * non-blank scenario the emulator returned, and a stored entry is returned unchanged by every
 * later {@link #get} with the same key (never regenerated, never overwritten by a different
 * text). {@code put} must make the entry durable before it returns, so output that was paid for
 * survives a crash. Implementations must be safe for concurrent use.
 */
public interface EmulatorCache {
    /** The stored scenario under {@code key}, if any. */
    Optional<String> get(String key);

    /**
     * Stores {@code scenario} under {@code key}, with the sentence it was made from (kept for
     * people auditing the cache); a key already present keeps its first scenario.
     */
    void put(String key, String sentence, String scenario);

    /** SHA-256 (hex) of the emulator identity, a NUL byte and the sentence. */
    static String key(String emulatorIdentity, String sentence) {
        MessageDigest sha = Sha256.digest();
        sha.update(emulatorIdentity.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(sentence.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }
}
