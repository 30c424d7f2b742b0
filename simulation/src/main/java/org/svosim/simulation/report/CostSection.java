package org.svosim.simulation.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.svosim.simulation.store.CallRow;

/** Calls and tokens per backend, summed from the calls table; a cost column that waits for a price table. */
final class CostSection implements ReportSection {

    @Override
    public String id() {
        return "costs";
    }

    @Override
    public String title() {
        return "Calls, tokens and costs";
    }

    @Override
    public void render(ReportData d, HtmlBuilder html) {
        Map<String, long[]> byBackend = new LinkedHashMap<>();
        long[] total = new long[5];
        for (CallRow c : d.calls()) {
            long[] sums = byBackend.computeIfAbsent(c.backend(), k -> new long[5]);
            for (long[] s : List.of(sums, total)) {
                s[0]++;
                s[1] += c.ok() ? 0 : 1;
                s[2] += c.inputTokens() == null ? 0 : c.inputTokens();
                s[3] += c.outputTokens() == null ? 0 : c.outputTokens();
                s[4] += c.latencyMs();
            }
        }
        List<List<String>> rows = new ArrayList<>();
        byBackend.forEach((backend, s) -> rows.add(row(backend, s)));
        if (byBackend.size() > 1) {
            rows.add(row("all backends", total));
        }
        TableHtml.write(new ReportTable("Calls and tokens per backend", "Token counts as reported by the providers"
                + " (calls that reported none count 0; simulated backends report none). Cost is empty: no price"
                + " table is configured yet; multiply the token totals by the provider's current prices.",
                List.of("backend", "calls", "failed calls", "input tokens", "output tokens", "mean latency (ms)",
                        "cost"), rows), html);
    }

    private static List<String> row(String backend, long[] s) {
        Double latency = s[0] == 0 ? null : (double) s[4] / s[0];
        return Arrays.asList(backend, Long.toString(s[0]), Long.toString(s[1]), Long.toString(s[2]),
                Long.toString(s[3]), Cells.fixed(latency, 1), null);
    }
}
