package org.svosim.simulation.analysis;

import java.time.Instant;
import java.util.Map;
import org.svosim.games.slider.SvoCategory;
import org.svosim.simulation.run.TrialStatus;
import org.svosim.simulation.store.TrialRow;

/** Hand-made trial rows for the statistics tests: only the fields the statistics read are varied. */
final class Rows {
    private static final Instant T0 = Instant.parse("2026-11-02T09:15:00Z");
    private static int next;
    /** The ideal angle intervals of the named targets (SVO.md section 4). */
    private static final Map<SvoCategory, double[]> IDEAL = Map.of(SvoCategory.ALTRUISTIC, new double[] {61.39, 61.39},
            SvoCategory.PROSOCIAL, new double[] {41.04, 48.96}, SvoCategory.INDIVIDUALISTIC, new double[] {-7.82, 7.82},
            SvoCategory.COMPETITIVE, new double[] {-16.26, -16.26});

    private Rows() {
    }

    /** A valid trial of a named target measured at {@code angle} with the given value rationality. */
    static TrialRow valid(String backend, String protocol, SvoCategory target, double angle, double vr) {
        SvoCategory measured = SvoCategory.classify(angle);
        return row(backend, protocol, target.label(), target.ringAngle(), target, TrialStatus.VALID, angle,
                measured, vr, measured == target, IDEAL.get(target));
    }

    /** A valid trial of an explicit target angle (no target category, no category hit). */
    static TrialRow explicit(String backend, String protocol, double targetDegrees, double angle, double vr) {
        return row(backend, protocol, "angle_" + (int) targetDegrees, targetDegrees, null, TrialStatus.VALID, angle,
                SvoCategory.classify(angle), vr, null, new double[] {targetDegrees - 5, targetDegrees + 5});
    }

    /** A trial without score (invalid or failed). */
    static TrialRow unscored(String backend, String protocol, SvoCategory target, TrialStatus status) {
        return row(backend, protocol, target.label(), target.ringAngle(), target, status, null, null, null, null,
                null);
    }

    private static TrialRow row(String backend, String protocol, String label, double targetDegrees,
                                SvoCategory target, TrialStatus status, Double angle, SvoCategory category,
                                Double vr, Boolean hit, double[] ideal) {
        int i = next++;
        boolean valid = status == TrialStatus.VALID;
        return new TrialRow(backend + "/" + label + "/" + protocol + "/r" + i, i, backend, "simulated",
                "model-" + backend, label, targetDegrees, target, protocol, i, 1000L + i, status,
                status == TrialStatus.FAILED ? "HTTP 503" : null, angle, category, valid ? ideal[0] : null,
                valid ? ideal[1] : null, valid ? 0.0 : null, vr, hit, valid ? 1.0 : null, null, null, 0, 6, null, null,
                T0, T0.plusSeconds(1), 1000L);
    }
}
