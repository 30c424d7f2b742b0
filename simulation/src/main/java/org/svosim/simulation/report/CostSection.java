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
        long[] total = new long[6];
        for (CallRow c : d.calls()) {
            long[] sums = byBackend.computeIfAbsent(c.backend(), k -> new long[6]);
            for (long[] s : List.of(sums, total)) {
                s[0]++;
                s[1] += c.cached() ? 1 : 0;
                s[2] += c.ok() ? 0 : 1;
                s[3] += c.cached() || c.inputTokens() == null ? 0 : c.inputTokens();
                s[4] += c.cached() || c.outputTokens() == null ? 0 : c.outputTokens();
                s[5] += c.latencyMs();
            }
        }
        List<List<String>> rows = new ArrayList<>();
        byBackend.forEach((backend, s) -> rows.add(row(backend, s)));
        if (byBackend.size() > 1) {
            rows.add(row("all backends", total));
        }
        TableHtml.write(new ReportTable("Calls and tokens per backend", "Every model call of the run, including"
                + " calls of interrupted attempts. Tokens are those reported by the provider for the calls actually"
                + " sent (replies from the response cache were not sent or paid again; calls that reported no"
                + " tokens count 0; simulated backends report estimates, 1.3 tokens per word). Cost is empty: no price table is configured yet;"
                + " multiply the token totals by the provider's prices.",
                List.of("backend", "calls", "from cache", "failed", "input tokens sent", "output tokens received",
                        "mean latency (ms)", "cost"), rows), html);
    }

    private static List<String> row(String backend, long[] s) {
        Double latency = s[0] == 0 ? null : (double) s[5] / s[0];
        return Arrays.asList(backend, Cells.grouped(s[0]), Cells.grouped(s[1]), Cells.grouped(s[2]),
                Cells.grouped(s[3]), Cells.grouped(s[4]), Cells.fixed(latency, 1), null);
    }
}
