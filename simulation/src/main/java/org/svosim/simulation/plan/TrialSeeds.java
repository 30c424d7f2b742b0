package org.svosim.simulation.plan;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.svosim.agents.hash.Sha256;

/**
 * Derives a trial's seed from the run seed and the trial's stable id:
 * {@code seed = first 8 bytes (big-endian) of SHA-256("<run seed>:<trial id>")}.
 * A trial keeps its seed whatever the plan's order or size, so adding a value or a
 * backend to a config leaves the other trials' seeds unchanged.
 */
public final class TrialSeeds {
    private TrialSeeds() {
    }

    public static long derive(long runSeed, String trialId) {
        byte[] digest = Sha256.digest().digest((runSeed + ":" + trialId).getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
    }
}
