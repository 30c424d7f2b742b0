package org.svosim.simulation.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.svosim.simulation.run.TrialStatus;
import org.svosim.simulation.store.TrialRow;

/** The design: what was run (config summary and backends), and the config file exactly as given. */
final class DesignSection implements ReportSection {

    @Override
    public String id() {
        return "design";
    }

    @Override
    public String title() {
        return "Design";
    }

    @Override
    public void render(ReportData d, HtmlBuilder html) {
        html.open("p").text("Experiment ").element("strong", d.header().experiment())
                .text(", run " + d.header().runId() + ", seed " + d.header().seed() + ", started "
                        + d.header().startedAt() + ", " + d.finishedAt().map(t -> "finished " + t)
                        .orElse("NOT finished (interrupted, or still being written): the tables cover the trials"
                                + " saved so far") + ".").close("p");
        TableHtml.write(new ReportTable("What was run", "The experiment as configured; trial counts from the run"
                + " database.", List.of("aspect", "setting"), designRows(d)), html);
        TableHtml.write(backends(d), html);
        html.open("details").element("summary", "The config file as given (config.yaml)");
        html.element("pre", d.header().configYaml(), "class", "source").close("details");
    }

    private static List<List<String>> designRows(ReportData d) {
        Map<String, Double> values = new LinkedHashMap<>();
        Set<String> agents = new LinkedHashSet<>();
        for (TrialRow t : d.trials()) {
            values.putIfAbsent(t.valueLabel(), t.targetDegrees());
            agents.add(t.backend());
        }
        List<String> valueTexts = new ArrayList<>();
        values.forEach((label, deg) -> valueTexts.add(label + " (\u03b8* = " + Cells.fixed(deg, 1) + "\u00b0)"));
        long valid = d.trials().stream().filter(TrialRow::valid).count();
        long invalid = d.trials().stream().filter(t -> t.status() == TrialStatus.INVALID).count();
        JsonNode planned = d.manifest().path("planned_trials");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("agents under test", String.join(", ", agents)));
        rows.add(List.of("target values", String.join("; ", valueTexts)));
        rows.add(List.of("protocol variants", protocols(d.config())));
        rows.add(List.of("items", d.measure().name() + ": " + d.measure().primaryItems().size() + " primary, "
                + d.measure().secondaryItems().size() + " secondary"));
        rows.add(List.of("repetitions", text(d.config().path("repetitions"))));
        rows.add(List.of("trials", (planned.isNumber() ? planned.asText() + " planned, " : "") + d.trials().size()
                + " saved: " + valid + " valid, " + invalid + " invalid, " + (d.trials().size() - valid - invalid)
                + " failed"));
        rows.add(List.of("concurrency", text(d.config().path("concurrency"))));
        return rows;
    }

    private static String protocols(JsonNode config) {
        JsonNode list = config.path("protocols");
        if (!list.isArray()) {
            return "hvae-goal (the default: hvae dialogue with goal prompt, max_reasks 1, published order)";
        }
        List<String> out = new ArrayList<>();
        for (JsonNode p : list) {
            out.add(JsonText.scalar(p.path("name")) + " (" + JsonText.settings(p, List.of("name")) + ")");
        }
        return String.join("; ", out);
    }

    private static ReportTable backends(ReportData d) {
        Set<String> agents = new LinkedHashSet<>();
        d.trials().forEach(t -> agents.add(t.backend()));
        JsonNode fromManifest = d.manifest().path("backends");
        JsonNode source = fromManifest.isObject() ? fromManifest : d.config().path("backends");
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : JsonText.fields(source)) {
            JsonNode b = e.getValue();
            JsonNode spec = b.has("spec") ? b.path("spec") : b;
            rows.add(Arrays.asList(e.getKey(), agents.contains(e.getKey()) ? "agent under test" : "extractor",
                    text(b.path("provider")), model(b, spec), JsonText.scalar(b.path("reported_model_ids")),
                    JsonText.settings(spec, List.of("model", "provider"))));
        }
        return new ReportTable("Backends", "Model ids as configured and as reported by the provider in the replies"
                + " (simulated backends are a seeded rule-based agent, not a language model). API keys are never"
                + " recorded, only the name of the variable that held one.",
                List.of("backend", "role", "provider", "model", "reported model ids", "settings"), rows);
    }

    private static String model(JsonNode backend, JsonNode spec) {
        return "simulated".equals(backend.path("provider").asText()) ? "none (rule-based simulated agent)"
                : text(spec.path("model"));
    }

    private static String text(JsonNode node) {
        String s = JsonText.scalar(node);
        return s == null ? "default" : s;
    }
}
