package org.svosim.simulation.bias.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.svosim.games.bias.AgreeabilityMatrix;
import org.svosim.games.bias.BiasRates;
import org.svosim.games.bias.JudgeRates;
import org.svosim.games.bias.JudgeConsistency;
import org.svosim.games.bias.PairAgreement;
import org.svosim.games.bias.Rate;
import org.svosim.games.bias.RateRow;
import org.svosim.games.bias.SelfPreference;
import org.svosim.simulation.chart.ChartFiles;
import org.svosim.simulation.chart.ShareBar;
import org.svosim.simulation.chart.ShareBarChart;
import org.svosim.simulation.chart.ShareHeatMap;

/**
 * The probe's plots in {@code plots/}: {@code bias-rates} (MR / ASR by condition per judge),
 * {@code bias-rejections}, {@code bias-consistency} (pairwise agreement and Cohen's kappa per
 * condition; with two or more judges) and {@code bias-agreeability} (rater x author; with explanations).
 */
final class BiasCharts {

    private BiasCharts() {
    }

    static void write(Path plots, ProbeResults results) throws IOException {
        List<RateRow> overall = BiasRates.overall(results.judgements());
        if (!overall.isEmpty()) {
            bars(plots, "bias-rates", "Misalignment and attack success rates",
                    "Gold-biased scenarios judged UNBIASED, over all of them; Wilson 95% intervals",
                    "Share judged unbiased", overall, JudgeRates::missAll);
            bars(plots, "bias-rejections", "Rejection rates", "Judgements with no verdict, Wilson 95% intervals",
                    "Share rejected", overall, JudgeRates::rejection);
        }
        List<PairAgreement> pairs = JudgeConsistency.pairs(results.judgements());
        if (!pairs.isEmpty()) {
            consistency(plots, pairs);
        }
        AgreeabilityMatrix m = AgreeabilityMatrix.of(results.ratings());
        if (!m.raters().isEmpty()) {
            agreeability(plots, m);
        }
    }

    private static void bars(Path plots, String name, String title, String subtitle, String axis, List<RateRow> rows,
                             Function<JudgeRates, Rate> rate) throws IOException {
        List<ShareBar> bars = new ArrayList<>();
        for (RateRow r : rows) {
            Rate x = rate.apply(r.rates());
            bars.add(x.defined() ? new ShareBar(r.judge(), r.condition().metricName(), x.estimate(), x.lower(), x.upper())
                    : new ShareBar(r.judge(), r.condition().metricName(), Double.NaN, Double.NaN, Double.NaN));
        }
        long categories = bars.stream().map(ShareBar::category).distinct().count();
        long series = bars.stream().map(ShareBar::series).distinct().count();
        JFreeChart chart = ShareBarChart.create(title, subtitle, "Condition", axis, bars);
        ChartFiles.write(chart, plots, name, ShareBarChart.width((int) categories, (int) series), ShareBarChart.HEIGHT);
    }

    private static void consistency(Path plots, List<PairAgreement> pairs) throws IOException {
        List<String> rows = pairs.stream().map(p -> p.judgeA() + " vs " + p.judgeB()).distinct().toList();
        List<String> columns = pairs.stream().map(p -> p.condition().configName()).distinct().toList();
        double[][] values = new double[rows.size()][columns.size()];
        String[][] details = new String[rows.size()][columns.size()];
        for (double[] v : values) {
            Arrays.fill(v, Double.NaN);
        }
        for (PairAgreement p : pairs) {
            int r = rows.indexOf(p.judgeA() + " vs " + p.judgeB());
            int c = columns.indexOf(p.condition().configName());
            values[r][c] = p.agreement().defined() ? p.agreement().estimate() : Double.NaN;
            details[r][c] = String.format(Locale.ROOT, "kappa %s, n = %d",
                    Double.isNaN(p.kappa()) ? "undefined" : String.format(Locale.ROOT, "%.2f", p.kappa()),
                    p.agreement().trials());
        }
        JFreeChart chart = ShareHeatMap.create("Judge consistency", "Share of scenarios with the same label"
                + " (REJECTED is a label) and Cohen's kappa", "Judges", rows, "Condition", columns, values, details,
                "Agreement (0\u20131)");
        ChartFiles.write(chart, plots, "bias-consistency", ShareHeatMap.width(columns.size()),
                ShareHeatMap.height(rows.size()));
    }

    private static void agreeability(Path plots, AgreeabilityMatrix m) throws IOException {
        List<String> raters = m.raters();
        List<String> authors = m.authors();
        double[][] values = new double[raters.size()][authors.size()];
        String[][] details = new String[raters.size()][authors.size()];
        for (int r = 0; r < raters.size(); r++) {
            for (int a = 0; a < authors.size(); a++) {
                Rate x = m.cell(raters.get(r), authors.get(a)).agreeability();
                values[r][a] = x.defined() ? x.estimate() : Double.NaN;
                details[r][a] = "n = " + x.trials() + selfPreference(m, raters.get(r), authors.get(a));
            }
        }
        JFreeChart chart = ShareHeatMap.create("Agreeability of explanations", "Share of AGREE ratings by rater"
                + " (rows) and explanation author (columns); diagonal: self-preference", "Rater", raters, "Author",
                authors, values, details, "Agreeability (0\u20131)");
        ChartFiles.write(chart, plots, "bias-agreeability", ShareHeatMap.width(authors.size()),
                ShareHeatMap.height(raters.size()));
    }

    private static String selfPreference(AgreeabilityMatrix m, String rater, String author) {
        if (!rater.equals(author)) {
            return "";
        }
        return m.selfPreferences().stream().filter(p -> p.rater().equals(rater)).map(SelfPreference::difference)
                .filter(d -> !Double.isNaN(d)).findFirst()
                .map(d -> String.format(Locale.ROOT, ", self %+.2f", d)).orElse("");
    }
}
