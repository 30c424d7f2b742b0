package org.svosim.simulation.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.svosim.simulation.store.TrialRow;

/**
 * How well a backend's measured angle follows the target angle: the OLS line of measured on target
 * angle over all its valid trials (one row of calibration.csv). The pull toward the middle is
 * {@code 1 - slope}: 0 when the measured angle moves one-for-one with the target, 1 when it ignores
 * the target. The slope's interval resamples trials (pairs) with the bootstrap; the pull's interval
 * is {@code 1 -} that. Even the ideal agent has a slope below 1, because the measure's attainable
 * angles stop at -16.26 and 61.39 degrees: {@code idealSlope} is the OLS slope of the ideal agent's
 * angle (the middle of each trial's ideal interval) on the target over the same trials, and
 * {@code pullVsIdeal = 1 - slope / idealSlope} the pull beyond what the measure forces (0 = as well
 * calibrated as the ideal agent). With fewer than two distinct targets no line is defined: the fit
 * fields are null and {@code reason} says why.
 *
 * @param backend   the backend
 * @param protocol  the protocol variant, or null for the row pooling all of the backend's protocols
 * @param n         valid trials used
 * @param nTargets  distinct target angles among them
 * @param slope     OLS slope with its bootstrap interval
 * @param intercept OLS intercept (degrees), or null
 * @param rSquared  R^2 of the fit, or null
 * @param pull      {@code 1 - slope} with its interval
 * @param idealSlope  the ideal agent's slope over the same trials, or null
 * @param pullVsIdeal {@code 1 - slope / idealSlope}, or null
 * @param reason    why the fit is missing, or null
 */
public record Calibration(String backend, String protocol, int n, int nTargets, Estimate slope, Double intercept,
                          Double rSquared, Estimate pull, Double idealSlope, Double pullVsIdeal, String reason) {

    /**
     * One row per backend x protocol, in plan order; a backend with more than one protocol also gets
     * a pooled row (protocol null) after its own rows.
     */
    public static List<Calibration> of(List<TrialRow> trials, Bootstrap bootstrap) {
        Map<String, Map<String, List<TrialRow>>> byBackend = new LinkedHashMap<>();
        for (TrialRow t : trials) {
            byBackend.computeIfAbsent(t.backend(), b -> new LinkedHashMap<>())
                    .computeIfAbsent(t.protocol(), p -> new ArrayList<>()).add(t);
        }
        List<Calibration> out = new ArrayList<>();
        byBackend.forEach((backend, protocols) -> {
            List<TrialRow> all = new ArrayList<>();
            protocols.forEach((protocol, ts) -> {
                out.add(fit(backend, protocol, ts, bootstrap));
                all.addAll(ts);
            });
            if (protocols.size() > 1) {
                out.add(fit(backend, null, all, bootstrap));
            }
        });
        return out;
    }

    /** The calibration of one backend's trials ({@code protocol} null when pooled). */
    public static Calibration fit(String backend, String protocol, List<TrialRow> trials, Bootstrap bootstrap) {
        List<TrialRow> valid = TrialGroups.valid(trials).stream().filter(t -> t.angle() != null).toList();
        double[] target = valid.stream().mapToDouble(TrialRow::targetDegrees).toArray();
        double[] measured = valid.stream().mapToDouble(TrialRow::angle).toArray();
        int nTargets = (int) Arrays.stream(target).distinct().count();
        if (nTargets < 2) {
            String reason = "needs valid trials at 2 or more distinct target angles, found "
                    + (nTargets == 0 ? "none" : "only " + target[0] + " degrees");
            return new Calibration(backend, protocol, valid.size(), nTargets, Estimate.empty(), null, null,
                    Estimate.empty(), null, null, reason);
        }
        LinearFit fit = LinearFit.of(target, measured);
        String key = "calibration/" + backend + "/" + (protocol == null ? "*" : protocol);
        Estimate slope = bootstrap.slope(key, target, measured);
        Estimate pull = new Estimate(1 - slope.value(), slope.high() == null ? null : 1 - slope.high(),
                slope.low() == null ? null : 1 - slope.low());
        double[] ideal = valid.stream().filter(t -> t.idealLow() != null && t.idealHigh() != null)
                .mapToDouble(t -> (t.idealLow() + t.idealHigh()) / 2).toArray();
        double idealSlope = ideal.length == valid.size() ? LinearFit.slope(target, ideal) : Double.NaN;
        boolean hasIdeal = Double.isFinite(idealSlope) && idealSlope != 0;
        return new Calibration(backend, protocol, valid.size(), nTargets, slope, fit.intercept(), fit.rSquared(),
                pull, hasIdeal ? idealSlope : null, hasIdeal ? 1 - slope.value() / idealSlope : null, null);
    }
}
