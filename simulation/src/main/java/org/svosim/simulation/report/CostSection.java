package org.svosim.simulation.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.svosim.simulation.config.TokenPrice;
import org.svosim.simulation.store.CallRow;

/** Calls, tokens and cost per backend, summed from the calls table at the prices the run recorded. */
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
        Map<String, Usage> byBackend = new LinkedHashMap<>();
        Usage total = new Usage();
        for (CallRow c : d.calls()) {
            Double cost = d.prices().callCost(c.backend(), c.cached(), c.inputTokens(), c.outputTokens());
            byBackend.computeIfAbsent(c.backend(), k -> new Usage()).add(c, cost);
            total.add(c, cost);
        }
        List<List<String>> rows = new ArrayList<>();
        byBackend.forEach((backend, u) -> rows.add(u.row(backend, d.prices().price(backend))));
        if (byBackend.size() > 1) {
            rows.add(total.row("all backends", null));
        }
        TableHtml.write(new ReportTable("Calls, tokens and cost per backend", "Every model call of the run,"
                + " including calls of interrupted attempts (they were paid). Tokens are those reported by the"
                + " provider for the calls actually sent: replies from the response cache were not sent and cost"
                + " nothing; calls that reported no tokens count 0; simulated backends report estimates (1.3 tokens"
                + " per word) and cost nothing. Cost uses the prices in USD per million tokens recorded with the run"
                + " (price_input_per_million and price_output_per_million of the backend); it is empty where no"
                + " price was configured, never guessed.", List.of("backend", "calls", "from cache", "failed",
                        "input tokens sent", "output tokens received", "mean latency (ms)",
                        "price in / out (USD per M)", "cost (USD)"), rows), html);
    }

    /** Running sums over one backend's calls; the cost becomes unknown once one call's cost is. */
    private static final class Usage {
        private long calls;
        private long cached;
        private long failed;
        private long input;
        private long output;
        private long latencyMs;
        private Double cost = 0.0;

        void add(CallRow c, Double callCost) {
            calls++;
            cached += c.cached() ? 1 : 0;
            failed += c.ok() ? 0 : 1;
            input += c.cached() || c.inputTokens() == null ? 0 : c.inputTokens();
            output += c.cached() || c.outputTokens() == null ? 0 : c.outputTokens();
            latencyMs += c.latencyMs();
            cost = cost == null || callCost == null ? null : cost + callCost;
        }

        List<String> row(String backend, TokenPrice price) {
            Double latency = calls == 0 ? null : (double) latencyMs / calls;
            String prices = price == null || !price.known() ? null
                    : Cells.fixed(price.inputPerMillion(), 2) + " / " + Cells.fixed(price.outputPerMillion(), 2);
            return Arrays.asList(backend, Cells.grouped(calls), Cells.grouped(cached), Cells.grouped(failed),
                    Cells.grouped(input), Cells.grouped(output), Cells.fixed(latency, 1), prices,
                    Cells.fixed(cost, 4));
        }
    }
}
