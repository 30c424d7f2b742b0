package org.svosim.simulation.population;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.svosim.simulation.chart.ChartFiles;
import org.svosim.simulation.chart.GroupBarChart;
import org.svosim.simulation.chart.RateHeatMap;
import org.svosim.simulation.chart.RevealedAngleChart;
import org.svosim.simulation.chart.SliderGamesChart;
import org.svosim.simulation.experiment.RunFolder;

/**
 * The plots of a population run, in {@code plots/}: {@code population_payoff_by_group}, one
 * {@code population_rate_<game>_<role>} heat map per game and role (the pair_rates.csv measure by
 * decider and partner group), {@code population_revealed_angles} and {@code population_slider_vs_games}.
 */
final class PopulationCharts {
    private PopulationCharts() {
    }

    static void draw(RunFolder folder, List<Member> members, List<MatchRecord> matches, List<PairRate> rates,
                     List<RevealedAngles> revealed, List<SliderResults> sliders) throws IOException {
        List<String> groups = members.stream().map(Member::group).distinct().toList();
        payoffs(folder, members, matches, groups);
        Map<String, List<PairRate>> byTable = new LinkedHashMap<>();
        for (PairRate r : rates) {
            byTable.computeIfAbsent(r.game() + "_" + r.role(), k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<PairRate>> e : byTable.entrySet()) {
            heatMap(folder, e.getKey(), e.getValue(), groups);
        }
        if (!revealed.isEmpty()) {
            List<RevealedAngleChart.Point> points = new ArrayList<>();
            for (RevealedAngles r : revealed) {
                points.add(new RevealedAngleChart.Point(r.member().group(), r.member().value().degrees(),
                        r.estimate().angle(), r.estimate().interval95().low(), r.estimate().interval95().high()));
            }
            ChartFiles.write(RevealedAngleChart.create("Revealed vs induced angle", points), folder.plots(),
                    "population_revealed_angles", RevealedAngleChart.WIDTH, RevealedAngleChart.HEIGHT);
        }
        sliderVsGames(folder, revealed, sliders);
    }

    /** {@code population_slider_vs_games}: agents with a valid slider and a bounded games angle. */
    private static void sliderVsGames(RunFolder folder, List<RevealedAngles> revealed, List<SliderResults> sliders)
            throws IOException {
        Map<String, Double> slider = new LinkedHashMap<>();
        sliders.forEach(s -> {
            if (s.angle() != null) {
                slider.put(s.member().name(), s.angle());
            }
        });
        List<SliderGamesChart.Point> points = new ArrayList<>();
        for (RevealedAngles r : revealed) {
            Double y = slider.get(r.member().name());
            if (y != null && Consistency.bounded(r.estimate()) != null) {
                points.add(new SliderGamesChart.Point(r.member().value().label(), r.member().value().degrees(),
                        r.estimate().angle(), r.estimate().interval95().low(), r.estimate().interval95().high(), y));
            }
        }
        if (!points.isEmpty()) {
            ChartFiles.write(SliderGamesChart.create("Slider vs games-revealed angle", points), folder.plots(),
                    "population_slider_vs_games", SliderGamesChart.WIDTH, SliderGamesChart.HEIGHT);
        }
    }

    private static void payoffs(RunFolder folder, List<Member> members, List<MatchRecord> matches, List<String> groups)
            throws IOException {
        Map<String, String> groupOf = new HashMap<>();
        members.forEach(x -> groupOf.put(x.name(), x.group()));
        Map<String, double[]> sums = new HashMap<>();
        for (MatchRecord m : matches) {
            for (int seat = 0; seat < m.plan().seats().size(); seat++) {
                double[] sum = sums.computeIfAbsent(groupOf.get(m.plan().seats().get(seat)), k -> new double[2]);
                sum[0] += m.payoffs().get(seat);
                sum[1]++;
            }
        }
        List<GroupBarChart.Bar> bars = new ArrayList<>();
        for (String g : groups) {
            double[] sum = sums.getOrDefault(g, new double[2]);
            bars.add(new GroupBarChart.Bar(g, sum[1] == 0 ? 0 : sum[0] / sum[1]));
        }
        ChartFiles.write(GroupBarChart.create("Payoff by orientation", "Mean payoff per match of the group's agents"
                        + " (all games, completed rounds)", "Mean payoff per match (coins)", bars), folder.plots(),
                "population_payoff_by_group", GroupBarChart.WIDTH, GroupBarChart.HEIGHT);
    }

    private static void heatMap(RunFolder folder, String key, List<PairRate> rates, List<String> groups)
            throws IOException {
        List<String> rows = groups.stream().filter(g -> rates.stream().anyMatch(r -> r.group().equals(g))).toList();
        List<String> columns = rates.stream().map(PairRate::partnerGroup).distinct().sorted().toList();
        List<RateHeatMap.Cell> cells = new ArrayList<>();
        rates.forEach(r -> cells.add(new RateHeatMap.Cell(r.group(), r.partnerGroup(), r.rate(), r.decisions())));
        PairRate first = rates.get(0);
        String measure = first.measure().startsWith("chose ") ? "Share choosing '" + first.measure().substring(6) + "'"
                : "Mean amount share ((amount - min) / (max - min))";
        String name = "population_rate_" + key.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]", "_");
        ChartFiles.write(RateHeatMap.create(first.game() + ": " + first.role() + " by orientation pair", measure
                        + " by the decider's group (rows) and the partners' groups (columns)", measure + " (0\u20131)",
                rows, columns, cells), folder.plots(), name, RateHeatMap.width(columns.size()),
                RateHeatMap.height(rows.size()));
    }
}
