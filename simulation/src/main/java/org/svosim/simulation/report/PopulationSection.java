package org.svosim.simulation.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The population of a population run: its design (groups, games, pairing, memory, feedback, slider
 * plan, from the config) and its tables (slider versus games per backend and value, the agents, the
 * pair rates), read from the CSV files the run wrote; the population plots are in the figures. Shown
 * only when the config has a {@code population:} section.
 */
final class PopulationSection implements ReportSection {
    private static final int DECIMALS = 2;
    /** Rows of a table shown in the report (a population of 100,000 agents made a 450 MB page); the CSV has all. */
    static final int MAX_ROWS = 200;

    /** Whether the run is a population run. */
    static boolean applies(ReportData d) {
        return d.config().has("population");
    }

    @Override
    public String id() {
        return "population";
    }

    @Override
    public String title() {
        return "Population";
    }

    @Override
    public void render(ReportData d, HtmlBuilder html) {
        JsonNode p = d.config().path("population");
        TableHtml.write(design(p), html);
        TableHtml.write(groups(p), html);
        html.element("p", "The trials of the results above are the agents' slider measures (trial ids slider/<agent>);"
                + " the population figures are under Figures.", "class", "caption");
        csv(d.runDir(), "slider_consistency.csv", "Slider versus games by backend and value", "Circular means (degrees)"
                + " over the agents with a valid slider, a bounded games-revealed angle or both (paired), with 95%"
                + " bootstrap intervals; category share = valid sliders in the induced category. All columns in"
                + " slider_consistency.csv.", List.of("backend", "value", "induced_degrees", "agents", "slider_n",
                        "slider_mean_degrees", "slider_low", "slider_high", "slider_mean_angle_error", "games_n",
                        "games_mean_degrees", "games_low", "games_high", "joint_mean_degrees", "paired_n",
                        "slider_minus_games", "slider_category_share"), html);
        csv(d.runDir(), "agents.csv", "Agents", "Payoffs in coins, angles in degrees; rationality under the uniform"
                + " belief (1 = always a best answer for the induced value). All columns in agents.csv.",
                List.of("agent", "backend", "induced_degrees", "matches", "decisions", "failed_moves", "total_payoff",
                        "mean_rationality_uniform", "slider_angle", "slider_category", "games_degrees", "joint_degrees"),
                html);
        csv(d.runDir(), "pair_rates.csv", "Rates by the orientations of the pair", "Share choosing the first option"
                + " (cooperate, accept) or mean amount share, by decider group and partner group.", List.of(), html);
    }

    private static ReportTable design(JsonNode p) {
        List<List<String>> rows = new ArrayList<>();
        List<String> games = new ArrayList<>();
        p.path("games").forEach(g -> games.add(g.toString()));
        rows.add(List.of("games (in order)", String.join("; ", games)));
        rows.add(List.of("pairing", text(p.path("pairing"), "round_robin")));
        rows.add(List.of("memory window (rounds)", text(p.path("memory_window"), "5")));
        rows.add(List.of("feedback after a round", text(p.path("feedback"), "full")));
        rows.add(List.of("slider measure", p.has("slider") ? p.path("slider").toString()
                : "{protocol: {type: direct}, when: before} (default)"));
        rows.add(List.of("move timeout (s)", text(p.path("move_timeout_seconds"), "300")));
        return new ReportTable("Population design", "As configured (defaults where left out).",
                List.of("aspect", "setting"), rows);
    }

    private static ReportTable groups(JsonNode p) {
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode g : p.path("groups")) {
            JsonNode v = g.path("value");
            rows.add(List.of(text(g.path("name"), ""), text(g.path("count"), "1"), text(g.path("backend"), ""),
                    v.isTextual() ? v.asText() : v.toString()));
        }
        return new ReportTable("Groups", "Agents are named <group>-<k>, k from 1.",
                List.of("group", "agents", "backend", "induced value"), rows);
    }

    /** The named columns of a CSV file of the run folder (all when {@code columns} is empty), or a note if absent. */
    private static void csv(Path dir, String file, String title, String caption, List<String> columns,
                            HtmlBuilder html) {
        Path path = dir.resolve(file);
        if (!Files.isRegularFile(path)) {
            TableHtml.write(new ReportTable(title, file + " is missing from the run folder.", List.of(), List.of()),
                    html);
            return;
        }
        try {
            TableHtml.write(select(CsvReportTable.read(path, title, caption, DECIMALS, MAX_ROWS), columns), html);
        } catch (IOException | RuntimeException e) {
            html.element("p", file + " could not be read: " + e.getMessage(), "class", "missing");
        }
    }

    static ReportTable select(ReportTable t, List<String> columns) {
        if (columns.isEmpty()) {
            return t;
        }
        List<Integer> at = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (String c : columns) {
            int i = t.header().indexOf(c);
            if (i >= 0) {
                at.add(i);
                header.add(c);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<String> r : t.rows()) {
            List<String> row = new ArrayList<>();
            at.forEach(i -> row.add(r.get(i)));
            rows.add(row);
        }
        return new ReportTable(t.title(), t.caption(), header, rows);
    }

    private static String text(JsonNode n, String fallback) {
        return n.isMissingNode() || n.isNull() ? fallback + " (default)" : n.isValueNode() ? n.asText() : n.toString();
    }
}
