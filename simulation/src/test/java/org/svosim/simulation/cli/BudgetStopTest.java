package org.svosim.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.agents.stub.OpenAiStub;
import org.svosim.agents.stub.StubReply;

/** budget_usd stops a run cleanly before it could be exceeded; raising it and resuming finishes the run. */
class BudgetStopTest {

    @TempDir
    Path dir;

    @Test
    void runStopsWithinItsBudgetAndResumesToTheEndAfterRaisingIt() throws IOException {
        try (OpenAiStub stub = new OpenAiStub(req -> new StubReply.Text("E", null, 1000, 10, false))) {
            Path cfg = dir.resolve("budget.yaml");
            // prices of $1 per million tokens in and out; one trial costs about 9 x ~1000 tokens = ~$0.009,
            // the estimate's worst case somewhat more; $0.05 allows only a few trials
            Files.writeString(cfg, String.join("\n",
                    "experiment: budget",
                    "repetitions: 10",
                    "concurrency: 2",
                    "budget_usd: 0.05",
                    "backends:",
                    "  gpt:",
                    "    provider: openai",
                    "    model: gpt-test",
                    "    base_url: " + stub.baseUrl(),
                    "    max_tokens: 10",
                    "    price_input_per_million: 1.0",
                    "    price_output_per_million: 1.0",
                    "values: [prosocial]",
                    ""));
            Path out = dir.resolve("out");
            CliRun first = CliRun.of("run", cfg.toString(), "--output", out.toString(), "--no-progress");
            assertThat(first.exitCode()).isEqualTo(1);
            assertThat(first.out()).contains("stopped (budget").contains("--resume");
            Path run = CliRun.onlyRunFolder(out, "budget");
            JsonNode manifest = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
            assertThat(manifest.path("status").asText()).startsWith("stopped: budget");
            assertThat(manifest.path("totals").path("cost_usd").asDouble()).isPositive().isLessThanOrEqualTo(0.05);
            int storedFirst = QuickstartEndToEndTest.read(run.resolve("trials.csv")).size();
            assertThat(storedFirst).isBetween(1, 9);

            CliRun resumed = CliRun.of("run", "--resume", run.toString(), "--budget-usd", "1.0", "--no-progress");
            assertThat(resumed.exitCode()).as(resumed.out() + resumed.err()).isZero();
            assertThat(QuickstartEndToEndTest.read(run.resolve("trials.csv"))).hasSize(10);
            JsonNode after = new ObjectMapper().readTree(run.resolve("manifest.json").toFile());
            assertThat(after.path("status").asText()).isEqualTo("finished");
        }
    }
}
