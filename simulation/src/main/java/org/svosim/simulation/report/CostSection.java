package org.svosim.simulation.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.svosim.simulation.config.TokenPrice;
import org.svosim.simulation.export.BackendUsage;

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
        Map<String, BackendUsage> byBackend = d.calls().byBackend();
        List<List<String>> rows = new ArrayList<>();
        byBackend.forEach((backend, u) -> rows.add(row(u, backend, d.prices().price(backend))));
        if (byBackend.size() > 1) {
            rows.add(row(d.calls().total(), "all backends", null));
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

    private static List<String> row(BackendUsage u, String backend, TokenPrice price) {
        Double latency = u.calls() == 0 ? null : (double) u.latencyMs() / u.calls();
        String prices = price == null || !price.known() ? null
                : Cells.fixed(price.inputPerMillion(), 2) + " / " + Cells.fixed(price.outputPerMillion(), 2);
        return Arrays.asList(backend, Cells.grouped(u.calls()), Cells.grouped(u.cached()), Cells.grouped(u.failed()),
                Cells.grouped(u.inputTokens()), Cells.grouped(u.outputTokens()), Cells.fixed(latency, 1), prices,
                Cells.fixed(u.costUsd(), 4));
    }
}
