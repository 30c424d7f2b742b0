package org.svosim.simulation.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Test data shaped like a Murphy-style replication: four named values, 20 noisy trials each. */
final class MurphyLikeExample {

    private MurphyLikeExample() {
    }

    /** 4 values x 20 points around 61, 45, 5 and -15 degrees (Gaussian noise, sd 3, seeded). */
    static List<AnglePoint> points() {
        SplittableRandom random = new SplittableRandom(42);
        List<AnglePoint> points = new ArrayList<>();
        addValue(points, random, "competitive", -45, -16.26, -16.26, -15);
        addValue(points, random, "individualistic", 0, -7.82, 7.82, 5);
        addValue(points, random, "altruistic", 90, 61.39, 61.39, 61);
        addValue(points, random, "prosocial", 45, 41.04, 48.96, 45);
        return points;
    }

    static AnglePoint point(String value, double target, double idealLow, double idealHigh, double angle) {
        return new AnglePoint("sim-backend", "plain", value, target, idealLow, idealHigh, angle);
    }

    private static void addValue(List<AnglePoint> points, SplittableRandom random, String value,
                                 double target, double idealLow, double idealHigh, double centre) {
        for (int i = 0; i < 20; i++) {
            points.add(point(value, target, idealLow, idealHigh, centre + 3 * random.nextGaussian()));
        }
    }
}
