package org.svosim.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.agents.stub.OpenAiStub;
import org.svosim.agents.stub.StubReply;

/**
 * An API key reaches the provider and nothing else: a run whose key variable holds a
 * recognisable secret, against a server that even quotes the key back in its error messages,
 * leaves no trace of it in any output file, database, cache or log.
 */
class SecretsNeverWrittenTest {
    /** A fake key shaped like a real one (assembled here so that no key-shaped literal is committed). */
    static final String SECRET = "sk" + "-svosim-TEST-SECRET-" + Long.toHexString(0x4f1c9e7a2b8dL);

    @TempDir
    Path dir;

    @Test
    void theKeyAppearsInNoOutputFileDatabaseCacheOrLog() throws Exception {
        AtomicInteger n = new AtomicInteger();
        try (OpenAiStub stub = new OpenAiStub(req -> n.incrementAndGet() % 3 == 0
                ? new StubReply.Failure(401, "Incorrect API key provided: " + req.header("Authorization"))
                : new StubReply.Text("C", null, 10, 1, false))) {
            Path cfg = dir.resolve("secret.yaml");
            Files.writeString(cfg, String.join("\n",
                    "experiment: secret",
                    "repetitions: 2",
                    "backends:",
                    "  gpt:",
                    "    provider: openai",
                    "    model: gpt-test",
                    "    base_url: " + stub.baseUrl(),
                    "    api_key_env: SVO_SIM_TEST_KEY",
                    "values: [prosocial, competitive]",
                    ""));
            Path out = dir.resolve("out");
            Path log = dir.resolve("run.log");
            Process p = CliProcess.start(log, Map.of("SVO_SIM_TEST_KEY", SECRET), "run", cfg.toString(),
                    "--output", out.toString(), "--no-progress");
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(Files.readString(log)).isZero();
            assertThat(stub.requests()).allSatisfy(r -> assertThat(r.header("Authorization")).contains(SECRET));
            assertThat(Files.readString(log)).contains("results:");

            List<Path> files = new ArrayList<>();
            try (Stream<Path> all = Files.walk(dir)) {
                all.filter(Files::isRegularFile).filter(f -> !f.equals(cfg)).forEach(files::add);
            }
            assertThat(files).anyMatch(f -> f.getFileName().toString().equals("run.db"))
                    .anyMatch(f -> f.getFileName().toString().equals("response-cache.db"))
                    .anyMatch(f -> f.getFileName().toString().equals("transcripts.jsonl"));
            byte[] secret = SECRET.getBytes(StandardCharsets.UTF_8);
            for (Path f : files) {
                assertThat(indexOf(Files.readAllBytes(f), secret)).as("secret found in " + f).isEqualTo(-1);
            }
            // the 401s were recorded as failures, with the key masked in their reason
            assertThat(Files.readString(CliRun.onlyRunFolder(out, "secret").resolve("trials.csv"))).contains("***");
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) throws IOException {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
