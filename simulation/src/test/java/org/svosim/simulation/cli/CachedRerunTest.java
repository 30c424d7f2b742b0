package org.svosim.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.agents.stub.OpenAiStub;
import org.svosim.agents.stub.StubReply;

/** A re-run of the same design is served from the response cache: free, and with identical results. */
class CachedRerunTest {

    @TempDir
    Path dir;

    @Test
    void secondRunSendsNoRequestAndReproducesEveryAnswerWhileNoCacheSendsThemAll() throws IOException {
        AtomicInteger n = new AtomicInteger();
        String[] letters = {"A", "I", "C", "G", "E"};
        try (OpenAiStub stub = new OpenAiStub(req -> new StubReply.Text(letters[n.getAndIncrement() % letters.length],
                null, 100, 1, false))) {
            Path cfg = dir.resolve("cached.yaml");
            Files.writeString(cfg, String.join("\n",
                    "experiment: cached",
                    "repetitions: 3",
                    "concurrency: 4",
                    "backends:",
                    "  gpt:",
                    "    provider: openai",
                    "    model: gpt-test",
                    "    base_url: " + stub.baseUrl(),
                    "    price_input_per_million: 1.0",
                    "    price_output_per_million: 2.0",
                    "values: [prosocial, individualistic]",
                    ""));
            Path cache = dir.resolve("cache.db");
            Path first = run(cfg, "first", "--cache", cache.toString());
            int sent = stub.requests().size();
            assertThat(sent).isEqualTo(2 * 3 * 9);

            Path second = run(cfg, "second", "--cache", cache.toString());
            assertThat(stub.requests()).as("no request sent by the cached re-run").hasSize(sent);
            assertThat(answers(second)).isEqualTo(answers(first));
            JsonNode manifest = new ObjectMapper().readTree(second.resolve("manifest.json").toFile());
            assertThat(manifest.path("cache").path("hits").asLong()).isEqualTo(sent);
            assertThat(manifest.path("cache").path("misses").asLong()).isZero();
            assertThat(manifest.path("totals").path("cached_calls").asLong()).isEqualTo(sent);
            assertThat(manifest.path("totals").path("cost_usd").asDouble()).isZero();
            JsonNode firstManifest = new ObjectMapper().readTree(first.resolve("manifest.json").toFile());
            // 54 calls x (100 input x $1 + 1 output x $2) per million tokens
            assertThat(firstManifest.path("totals").path("cost_usd").asDouble())
                    .isCloseTo(54 * 102 / 1e6, org.assertj.core.data.Offset.offset(1e-12));

            run(cfg, "third", "--no-cache");
            assertThat(stub.requests()).as("--no-cache sends every request").hasSize(2 * sent);
        }
    }

    private Path run(Path cfg, String outName, String... extra) throws IOException {
        Path out = dir.resolve(outName);
        String[] args = new String[5 + extra.length];
        args[0] = "run";
        args[1] = cfg.toString();
        args[2] = "--output";
        args[3] = out.toString();
        args[4] = "--no-progress";
        System.arraycopy(extra, 0, args, 5, extra.length);
        CliRun r = CliRun.of(args);
        assertThat(r.exitCode()).as(r.err()).isZero();
        return CliRun.onlyRunFolder(out, "cached");
    }

    private static List<String> answers(Path run) throws IOException {
        return QuickstartEndToEndTest.read(run.resolve("decisions.csv")).stream()
                .map(d -> d.get("trial_id") + " " + d.get("item_number") + " " + d.get("raw_reply")).sorted().toList();
    }
}
