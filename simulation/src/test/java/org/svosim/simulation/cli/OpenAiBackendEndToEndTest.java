package org.svosim.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.agents.stub.OpenAiStub;
import org.svosim.agents.stub.StubReply;

/**
 * A run against a local server speaking OpenAI's chat-completions wire format, through the
 * command line: real HTTP, real JSON, the HVAE dialogue, and failed calls recorded as data.
 */
class OpenAiBackendEndToEndTest {

    @TempDir
    Path dir;

    @Test
    void agentAlwaysAnsweringAGivesThePublishedAllAAngleInEveryTrial() throws IOException {
        try (OpenAiStub stub = new OpenAiStub(req -> new StubReply.Text("A", "stub-model-1", 12, 1, false))) {
            Path runDir = run(stub, 2);
            List<CSVRecord> trials = QuickstartEndToEndTest.read(runDir.resolve("trials.csv"));
            assertThat(trials).hasSize(2 * 2);
            for (CSVRecord t : trials) {
                assertThat(t.get("status")).isEqualTo("valid");
                assertThat(Double.parseDouble(t.get("angle"))).isCloseTo(30.47, org.assertj.core.data.Offset.offset(0.01));
                assertThat(t.get("model_id")).isEqualTo("stub-model-1");
            }
            // hvae with goal prompt: induction, task, goal, then 6 items = 9 calls per trial
            assertThat(stub.requests()).hasSize(4 * 9);
            assertThat(stub.requests().get(0).body().get("model").asText()).isEqualTo("gpt-test");
            assertThat(Files.readString(runDir.resolve("manifest.json"))).contains("stub-model-1");
        }
    }

    @Test
    void transientErrorsAreRetriedAndPersistentOnesEndTheTrialAsFailedWithItsReason() throws IOException {
        AtomicInteger n = new AtomicInteger();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        try (OpenAiStub stub = new OpenAiStub(req -> {
            String body = req.body().toString();
            if (body.contains("competitive")) {
                return new StubReply.Failure(500, "stub is down for competitive agents");
            }
            // every 4th new request is refused once; its retry (the same body) is answered
            boolean firstTime = seen.add(body);
            return firstTime && n.incrementAndGet() % 4 == 0 ? new StubReply.Failure(503, "stub is busy")
                    : new StubReply.Text("B", null, 10, 1, false);
        })) {
            Path runDir = run(stub, 2);
            List<CSVRecord> trials = QuickstartEndToEndTest.read(runDir.resolve("trials.csv"));
            assertThat(trials).hasSize(2 * 2);
            for (CSVRecord t : trials) {
                if (t.get("value_label").equals("competitive")) {
                    assertThat(t.get("status")).isEqualTo("failed");
                    assertThat(t.get("failure")).contains("max attempts").contains("500");
                } else {
                    assertThat(t.get("status")).isEqualTo("valid");
                }
            }
            // every 4th new request of the prosocial trials got a 503 and was sent again
            long prosocialRequests = stub.requests().stream()
                    .filter(r -> !r.body().toString().contains("competitive")).count();
            assertThat(prosocialRequests).isGreaterThan(2 * 9);
            // each competitive trial's first call was tried max_attempts = 2 times, then the trial ended
            assertThat(stub.requests().size() - prosocialRequests).isEqualTo(2 * 2);
        }
    }

    private Path run(OpenAiStub stub, int repetitions) throws IOException {
        Path cfg = dir.resolve("stub.yaml");
        Files.writeString(cfg, String.join("\n",
                "experiment: stubbed",
                "seed: 7",
                "repetitions: " + repetitions,
                "concurrency: 2",
                "backends:",
                "  local:",
                "    provider: openai",
                "    model: gpt-test",
                "    base_url: " + stub.baseUrl(),
                "    temperature: 1.0",
                "    timeout_seconds: 10",
                "    max_attempts: 2",
                "values: [prosocial, competitive]",
                ""));
        Path out = dir.resolve("out");
        CliRun r = CliRun.of("run", cfg.toString(), "--output", out.toString(), "--no-progress");
        assertThat(r.exitCode()).as(r.err()).isZero();
        return CliRun.onlyRunFolder(out, "stubbed");
    }
}
