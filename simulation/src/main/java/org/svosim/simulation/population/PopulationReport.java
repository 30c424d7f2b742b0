package org.svosim.simulation.population;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.svosim.simulation.experiment.RunFolder;
import org.svosim.simulation.report.ReportFigure;
import org.svosim.simulation.report.ReportWriter;
import org.svosim.simulation.store.RunReader;

/**
 * report.html of a population run: the standard report (its trials are the agents' slider measures)
 * with its Population section, and the population plots as its figures.
 */
final class PopulationReport {
    private PopulationReport() {
    }

    static void write(RunFolder folder) throws IOException {
        try (RunReader reader = RunReader.open(folder.database())) {
            ReportWriter.write(reader, folder.dir(), figures(folder.plots()), List.of());
        }
    }

    /** Every {@code population_*} plot, in a fixed order: payoffs, angles, then the heat maps. */
    static List<ReportFigure> figures(Path plots) throws IOException {
        List<ReportFigure> out = new ArrayList<>();
        add(out, plots, "population_payoff_by_group", "Payoff by orientation",
                "Mean payoff per match of each group's agents over all games (completed rounds).");
        add(out, plots, "population_slider_vs_games", "Slider versus games-revealed angle",
                "Each agent's slider angle against the maximum-likelihood angle of its game choices (bar: 95%"
                        + " interval), coloured by induced value; agents on the grey diagonal are consistent.");
        add(out, plots, "population_revealed_angles", "Revealed versus induced angle",
                "Games-revealed angle of each agent against its induced angle, with 95% intervals.");
        if (Files.isDirectory(plots)) {
            try (Stream<Path> files = Files.list(plots)) {
                for (String name : files.map(f -> f.getFileName().toString())
                        .filter(n -> n.startsWith("population_rate_") && n.endsWith(".png")).sorted().toList()) {
                    String base = name.substring(0, name.length() - 4);
                    add(out, plots, base, "Rate by orientation pair: " + base.substring("population_rate_".length()),
                            "The pair_rates.csv measure by decider group (rows) and partner groups (columns).");
                }
            }
        }
        return out;
    }

    private static void add(List<ReportFigure> out, Path plots, String base, String title, String caption) {
        Path png = plots.resolve(base + ".png");
        Path svg = plots.resolve(base + ".svg");
        if (Files.isRegularFile(png) || Files.isRegularFile(svg)) {
            out.add(new ReportFigure(title, caption, Files.isRegularFile(png) ? png : null,
                    Files.isRegularFile(svg) ? svg : null));
        }
    }
}
