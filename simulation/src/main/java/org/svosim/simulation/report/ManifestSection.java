package org.svosim.simulation.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The run's manifest: versions, seeds, config hash, timings and totals (manifest.json, else the run header). */
final class ManifestSection implements ReportSection {

    @Override
    public String id() {
        return "manifest";
    }

    @Override
    public String title() {
        return "Manifest";
    }

    @Override
    public void render(ReportData d, HtmlBuilder html) {
        List<List<String>> rows = new ArrayList<>();
        String caption;
        if (d.manifest().isObject()) {
            caption = "From manifest.json (backends: see Design). Cite the config hash and the seed with results.";
            for (Map.Entry<String, JsonNode> e : JsonText.fields(d.manifest())) {
                if (!e.getKey().equals("backends")) {
                    flatten(e.getKey(), e.getValue(), rows);
                }
            }
        } else {
            caption = "This run folder has no readable manifest.json; these facts come from the run database.";
            rows.add(List.of("run_id", d.header().runId()));
            rows.add(List.of("experiment", d.header().experiment()));
            rows.add(List.of("seed", Long.toString(d.header().seed())));
            rows.add(List.of("config_sha256", d.header().configSha256()));
            rows.add(List.of("started_at", d.header().startedAt().toString()));
            rows.add(List.of("tool_version", d.header().toolVersion()));
            d.header().extras().forEach((k, v) -> rows.add(List.of(k, v)));
        }
        TableHtml.write(new ReportTable("Run facts", caption, List.of("key", "value"), rows), html);
    }

    private static void flatten(String key, JsonNode value, List<List<String>> rows) {
        if (value.isObject() && value.size() > 0) {
            for (Map.Entry<String, JsonNode> e : JsonText.fields(value)) {
                flatten(key + "." + e.getKey(), e.getValue(), rows);
            }
        } else {
            String text = JsonText.scalar(value);
            rows.add(Arrays.asList(key, text));
        }
    }
}
