package org.svosim.simulation.population;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.svosim.games.estimate.AngleEstimate;
import org.svosim.games.slider.SvoCategory;
import org.svosim.simulation.analysis.Bootstrap;
import org.svosim.simulation.analysis.CircularSummary;
import org.svosim.simulation.analysis.Estimate;

/**
 * Slider versus games for one backend and induced value (one row of consistency.csv): the circular
 * means of the agents' slider angles, games-revealed angles and joint angles with bootstrap
 * intervals, their signed distances to the induced angle, the paired slider-minus-games difference
 * and how many slider categories equal the induced category.
 *
 * @param backend        the agents' backend
 * @param valueLabel     the induced value's label
 * @param induced        the induced angle (degrees)
 * @param agents         agents of this backend and value
 * @param slider         circular mean of the valid slider angles
 * @param sliderN        agents with a valid slider
 * @param games          circular mean of the games-revealed angles (estimates that bound the angle)
 * @param gamesN         agents with such an estimate
 * @param joint          circular mean of the joint (slider + games) angles that bound the angle
 * @param jointN         agents with such an estimate
 * @param sliderVsGames  circular mean of each agent's {@code wrap(slider - games)}
 * @param pairedN        agents with both a valid slider and a games estimate
 * @param categoryHits   valid sliders whose category equals the category of the induced angle
 * @param sliderError    mean over valid sliders of the angle error (distance to the ideal interval), or null
 */
public record Consistency(String backend, String valueLabel, double induced, int agents, Estimate slider,
                          int sliderN, Estimate games, int gamesN, Estimate joint, int jointN, Estimate sliderVsGames,
                          int pairedN, int categoryHits, Double sliderError) {

    /** The category of the induced angle (named values sit at their category's ring angle). */
    public SvoCategory inducedCategory() {
        return SvoCategory.classify(induced);
    }

    /** {@code wrap(slider mean - induced)}, or null. */
    public Double sliderMinusInduced() {
        return slider.value() == null ? null : CircularSummary.wrap(slider.value() - induced);
    }

    /** {@code wrap(games mean - induced)}, or null. */
    public Double gamesMinusInduced() {
        return games.value() == null ? null : CircularSummary.wrap(games.value() - induced);
    }

    /** Share of valid sliders in the induced category, or null without any. */
    public Double categoryShare() {
        return sliderN == 0 ? null : categoryHits / (double) sliderN;
    }

    /** One row per backend and induced value, in the order the groups first name them. */
    static List<Consistency> of(List<SliderResults> sliders, List<RevealedAngles> revealed,
                                Map<String, AngleEstimate> joint, long seed) {
        Map<String, AngleEstimate> games = new LinkedHashMap<>();
        revealed.forEach(r -> games.put(r.member().name(), r.estimate()));
        Map<String, List<SliderResults>> cells = new LinkedHashMap<>();
        for (SliderResults s : sliders) {
            Member m = s.member();
            cells.computeIfAbsent(m.backend() + "\u0000" + m.value().label(), k -> new ArrayList<>()).add(s);
        }
        Bootstrap bootstrap = new Bootstrap(Bootstrap.DEFAULT_RESAMPLES, seed);
        List<Consistency> out = new ArrayList<>();
        for (List<SliderResults> cell : cells.values()) {
            Member first = cell.get(0).member();
            String key = "consistency/" + first.backend() + "/" + first.value().label() + "/";
            List<Double> slider = new ArrayList<>();
            List<Double> game = new ArrayList<>();
            List<Double> both = new ArrayList<>();
            List<Double> paired = new ArrayList<>();
            int hits = 0;
            double error = 0;
            SvoCategory target = SvoCategory.classify(first.value().degrees());
            for (SliderResults s : cell) {
                AngleEstimate g = bounded(games.get(s.member().name()));
                AngleEstimate j = bounded(joint.get(s.member().name()));
                if (s.angle() != null) {
                    slider.add(s.angle());
                    hits += s.category() == target ? 1 : 0;
                    error += s.trial().angleError();
                }
                if (g != null) {
                    game.add(g.angle());
                }
                if (j != null) {
                    both.add(j.angle());
                }
                if (s.angle() != null && g != null) {
                    paired.add(CircularSummary.wrap(s.angle() - g.angle()));
                }
            }
            out.add(new Consistency(first.backend(), first.value().label(), first.value().degrees(), cell.size(),
                    bootstrap.circularMean(key + "slider", array(slider)), slider.size(),
                    bootstrap.circularMean(key + "games", array(game)), game.size(),
                    bootstrap.circularMean(key + "joint", array(both)), both.size(),
                    bootstrap.circularMean(key + "slider-games", array(paired)), paired.size(), hits,
                    slider.isEmpty() ? null : error / slider.size()));
        }
        return out;
    }

    /** The estimate if it bounds the angle, else null. */
    static AngleEstimate bounded(AngleEstimate e) {
        return e == null || e.wholeCircle() ? null : e;
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
