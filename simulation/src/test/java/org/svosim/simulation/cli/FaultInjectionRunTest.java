package org.svosim.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.agents.stub.Fault;
import org.svosim.agents.stub.FaultMix;
import org.svosim.agents.stub.FaultyOpenAiStub;
import org.svosim.simulation.store.CallRow;
import org.svosim.simulation.store.RunReader;

/**
 * A whole run against an OpenAI-compatible server that answers 429 with Retry-After, 500, 503,
 * resets connections, hangs past the timeout, and sends malformed JSON, empty content and
 * garbage text in fixed, seeded proportions. The run must complete with every planned trial
 * stored once, valid or failed with a reason, without exceeding the endpoint's in-flight cap,
 * rate limit or retry budget.
 */
class FaultInjectionRunTest {
    static final int IN_FLIGHT = 4;
    static final int PER_WINDOW = 40;
    static final Duration WINDOW = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    @Test
    void runWithEveryKindOfFaultCompletesWithinLimitsAndLosesNothing() throws IOException {
        FaultMix mix = FaultMix.of(Fault.OK, 70, Fault.RATE_LIMITED, 4, Fault.SERVER_ERROR, 5, Fault.UNAVAILABLE, 4,
                Fault.RESET, 4, Fault.HANG, 2, Fault.MALFORMED_JSON, 4, Fault.EMPTY_CONTENT, 4, Fault.GARBAGE_TEXT, 3);
        try (FaultyOpenAiStub stub = FaultyOpenAiStub.start(mix, 42, Duration.ofMillis(5), Duration.ofSeconds(3), "1")) {
            Path cfg = dir.resolve("faults.yaml");
            Files.writeString(cfg, String.join("\n",
                    "experiment: faults",
                    "seed: 11",
                    "repetitions: 3",
                    "concurrency: 8",
                    "backends:",
                    "  flaky:",
                    "    provider: openai",
                    "    model: flaky-model",
                    "    base_url: " + stub.baseUrl(),
                    "    timeout_seconds: 1",
                    "    max_in_flight: " + IN_FLIGHT,
                    "    requests_per_minute: " + PER_WINDOW,
                    "    rate_window_seconds: " + WINDOW.toSeconds(),
                    "    max_attempts: 4",
                    "    retry_budget: 0.5",
                    "    breaker_failures: 6",
                    "    breaker_cool_down_seconds: 1",
                    "values: [altruistic, prosocial, individualistic, competitive]",
                    ""));
            Path out = dir.resolve("out");
            CliRun r = CliRun.of("run", cfg.toString(), "--output", out.toString(), "--no-progress", "--no-cache");
            assertThat(r.exitCode()).as(r.err()).isZero();
            Path runDir = CliRun.onlyRunFolder(out, "faults");

            List<CSVRecord> trials = QuickstartEndToEndTest.read(runDir.resolve("trials.csv"));
            assertThat(trials).hasSize(4 * 3);
            assertThat(trials.stream().map(t -> t.get("trial_id")).distinct()).hasSize(12);
            for (CSVRecord t : trials) {
                assertThat(t.get("status")).isIn("valid", "invalid", "failed");
                if (t.get("status").equals("failed")) {
                    assertThat(t.get("failure")).as(t.get("trial_id")).isNotBlank();
                }
            }

            List<CallRow> calls;
            try (RunReader reader = RunReader.open(runDir.resolve("run.db"))) {
                calls = reader.calls();
            }
            int requests = stub.tally().requests();
            int budget = (int) Math.floor(0.5 * calls.size()) + 10;
            assertThat(requests).as("requests sent vs first attempts + retry budget")
                    .isLessThanOrEqualTo(calls.size() + budget);
            assertThat(stub.tally().maxInWindow(WINDOW)).isLessThanOrEqualTo(PER_WINDOW);
            JsonNode manifest = new ObjectMapper().readTree(runDir.resolve("manifest.json").toFile());
            assertThat(manifest.path("totals").path("calls").asLong()).isEqualTo(calls.size());
            // the client never had more than max_in_flight attempts out; the stub may count more only
            // because a hung request stays open there after the client gave up on it
            JsonNode traffic = manifest.path("traffic").path("flaky");
            assertThat(traffic.path("max_in_flight").asInt()).isBetween(1, IN_FLIGHT);
            assertThat(traffic.path("attempts").asInt()).isEqualTo(requests);
            assertThat(stub.tally().maxInFlight()).isLessThanOrEqualTo(IN_FLIGHT + stub.tally().count(Fault.HANG));
            Map<String, Long> status = trials.stream().collect(Collectors.groupingBy(t -> t.get("status"),
                    Collectors.counting()));
            System.out.printf("fault run: %d trials %s; %d calls recorded (%d failed), %d requests at the stub"
                            + " (bound %d); max %d requests in a %d s window (limit %d); faults served %s%n",
                    trials.size(), status, calls.size(), calls.stream().filter(c -> !c.ok()).count(), requests,
                    calls.size() + budget, stub.tally().maxInWindow(WINDOW), WINDOW.toSeconds(), PER_WINDOW,
                    faultCounts(stub));
        }
    }

    private static String faultCounts(FaultyOpenAiStub stub) {
        StringBuilder sb = new StringBuilder();
        for (Fault f : Fault.values()) {
            int n = stub.tally().count(f);
            if (n > 0) {
                sb.append(f.name().toLowerCase()).append('=').append(n).append(' ');
            }
        }
        return sb.toString().trim();
    }
}
