package org.svosim.simulation.analysis;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import org.svosim.agents.parse.ParseMethod;
import org.svosim.agents.protocol.InterviewResult;
import org.svosim.agents.protocol.ItemAnswer;
import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.games.slider.SliderItem;
import org.svosim.games.slider.SliderMeasure;
import org.svosim.games.slider.SvoCategory;
import org.svosim.games.value.AngleInterval;
import org.svosim.games.value.SliderScore;
import org.svosim.games.value.TargetValue;
import org.svosim.simulation.run.TrialOutcome;
import org.svosim.simulation.run.TrialSpec;
import org.svosim.simulation.run.TrialStatus;
import org.svosim.simulation.store.RunHeader;
import org.svosim.simulation.store.RunStore;

/**
 * A realistic run database for the analysis tests and the sample figures: 2 backends x 4 named values
 * x 20 trials on the six primary items. "faithful" aims at the target angle (noise sd 8 degrees);
 * "drifting" aims at 25 + 0.3 (target - 25) (noise sd 10), as the paper found models drifting to
 * prosocial. Each item's option maximises the aimed utility plus a little noise. The drifting
 * backend also has two invalid trials and one failed one. Scores are computed here as SVO.md says
 * (the games module's scorer is not needed).
 */
final class SyntheticRun {
    static final long RUN_SEED = 20261122L;
    static final List<String> BACKENDS = List.of("faithful", "drifting");
    static final int REPETITIONS = 20;
    private static final SliderMeasure MEASURE = MurphySliderItems.primary();
    private static final Instant T0 = Instant.parse("2026-11-22T17:30:05Z");
    private static final Map<SvoCategory, AngleInterval> IDEAL = Map.of(
            SvoCategory.ALTRUISTIC, new AngleInterval(61.39, 61.39),
            SvoCategory.PROSOCIAL, new AngleInterval(41.04, 48.96),
            SvoCategory.INDIVIDUALISTIC, new AngleInterval(-7.82, 7.82),
            SvoCategory.COMPETITIVE, new AngleInterval(-16.26, -16.26));

    private SyntheticRun() {
    }

    /** Writes a finished run database with no trial to {@code dbFile} (which must not exist). */
    static void writeEmpty(Path dbFile) {
        try (RunStore store = RunStore.create(dbFile, header(), MEASURE)) {
            store.finish(T0);
        }
    }

    /** Writes the run database to {@code dbFile} (which must not exist), one protocol "plain". */
    static void write(Path dbFile) {
        write(dbFile, List.of("plain"));
    }

    /** Writes the run database with every backend x value under each protocol (same behaviour in each). */
    static void write(Path dbFile, List<String> protocols) {
        try (RunStore store = RunStore.create(dbFile, header(), MEASURE)) {
            int index = 0;
            for (String backend : BACKENDS) {
                for (String protocol : protocols) {
                    for (SvoCategory value : SvoCategory.values()) {
                        for (int rep = 0; rep < REPETITIONS; rep++) {
                            store.saveTrial(trial(backend, protocol, value, rep, index++));
                        }
                    }
                }
            }
            store.finish(T0.plusSeconds(600));
        }
    }

    private static RunHeader header() {
        return new RunHeader("synthetic", "synthetic", RUN_SEED, "ab".repeat(32), "experiment: synthetic\n", T0,
                "0.1.0-SNAPSHOT", Map.of());
    }

    private static TrialOutcome trial(String backend, String protocol, SvoCategory value, int rep, int index) {
        String id = backend + "/" + value.label() + "/" + protocol + "/r" + String.format("%02d", rep);
        SplittableRandom random = new SplittableRandom(index * 7919L + 17);
        double target = value.ringAngle();
        boolean drifting = backend.equals("drifting");
        double aim = drifting ? 25 + 0.3 * (target - 25) + 10 * random.nextGaussian()
                : target + 8 * random.nextGaussian();
        TrialStatus status = drifting && value == SvoCategory.PROSOCIAL && rep < 2 ? TrialStatus.INVALID
                : drifting && value == SvoCategory.COMPETITIVE && rep == 0 ? TrialStatus.FAILED : TrialStatus.VALID;
        List<ItemAnswer> answers = new ArrayList<>();
        double self = 0;
        double other = 0;
        double choiceRationality = 0;
        for (SliderItem item : MEASURE.items()) {
            int choice = best(item, aim, random);
            boolean invalid = status == TrialStatus.INVALID && item.number() == 3;
            answers.add(new ItemAnswer(item.number(), item.number() - 1, List.of(0, 1, 2, 3, 4, 5, 6, 7, 8),
                    invalid ? "I cannot say." : String.valueOf(SliderItem.letter(choice)), invalid ? null : choice,
                    invalid ? null : choice, invalid ? ParseMethod.INVALID : ParseMethod.EXACT, 1));
            self += item.option(choice).self() / MEASURE.items().size();
            other += item.option(choice).other() / MEASURE.items().size();
            choiceRationality += normalisedUtility(item, choice, target) / MEASURE.items().size();
        }
        SliderScore score = status == TrialStatus.VALID ? score(value, self, other, choiceRationality) : null;
        Instant start = T0.plusSeconds(3L * index);
        return new TrialOutcome(new TrialSpec(id, index, backend, new TargetValue.Named(value), protocol, rep,
                RUN_SEED + index), "simulated", backend + "-v1", status,
                new InterviewResult(answers, null, status == TrialStatus.FAILED ? "HTTP 503 after 3 attempts" : null,
                        List.of()), score, List.of(), start, start.plusMillis(1200));
    }

    private static SliderScore score(SvoCategory value, double self, double other, double choiceRationality) {
        double angle = Math.toDegrees(Math.atan2(other - 50, self - 50));
        AngleInterval ideal = IDEAL.get(value);
        double error = angle < ideal.low() ? angle - ideal.low() : angle > ideal.high() ? angle - ideal.high() : 0;
        double vr = Math.max(0, Math.min(1, 1 - Math.abs(error) / 77.65));
        SvoCategory category = SvoCategory.classify(angle);
        return new SliderScore(angle, category, ideal, error, vr, category == value, choiceRationality,
                OptionalDouble.empty());
    }

    private static int best(SliderItem item, double aimDegrees, SplittableRandom random) {
        int best = 0;
        double bestU = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < item.size(); k++) {
            double u = item.option(k).utility(aimDegrees) + 1.5 * random.nextGaussian();
            if (u > bestU) {
                bestU = u;
                best = k;
            }
        }
        return best;
    }

    private static double normalisedUtility(SliderItem item, int choice, double target) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (Allocation a : item.options()) {
            min = Math.min(min, a.utility(target));
            max = Math.max(max, a.utility(target));
        }
        return max == min ? 1 : (item.option(choice).utility(target) - min) / (max - min);
    }
}
