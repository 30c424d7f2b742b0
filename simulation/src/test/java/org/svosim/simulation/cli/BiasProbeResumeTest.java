package org.svosim.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code svo-sim run --resume} on a probe: the judgements already stored stay as they are (attempt 1),
 * the missing ones are asked again (attempt 2), and the tables are rewritten from the whole database.
 */
class BiasProbeResumeTest {
    @TempDir
    Path dir;

    @Test
    void resumeAsksOnlyTheTasksTheDatabaseLacks() throws Exception {
        Path config = dir.resolve("probe.yaml");
        Files.writeString(config, """
                experiment: probe
                backends:
                  a: {provider: simulated}
                  b: {provider: simulated}
                bias:
                  sources: [{type: bbq, path: %s}]
                """.formatted(Path.of(fixture()).toString()));
        Path out = dir.resolve("out");
        assertThat(CliRun.of("run", config.toString(), "-o", out.toString(), "--no-progress").exitCode()).isZero();
        Path folder = CliRun.onlyRunFolder(out, "probe");
        int all = count(folder, "SELECT COUNT(*) FROM judgements");
        execute(folder, "DELETE FROM judgements WHERE judge = 'b' AND condition = 'targeted'");
        int deleted = all - count(folder, "SELECT COUNT(*) FROM judgements");

        CliRun r = CliRun.of("run", "--resume", folder.toString(), "--no-progress");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains(deleted + " calls answered");
        assertThat(count(folder, "SELECT COUNT(*) FROM judgements")).isEqualTo(all);
        assertThat(count(folder, "SELECT COUNT(*) FROM judgements WHERE attempt = 2")).isEqualTo(deleted);
        try (var parser = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(Files.newBufferedReader(folder.resolve("judgements.csv")))) {
            assertThat(parser.getRecords()).hasSize(all);
        }
    }

    @Test
    void analyzeRewritesTheSameTablesFromTheDatabase() throws Exception {
        Path config = dir.resolve("probe.yaml");
        Files.writeString(config, """
                experiment: probe
                backends: {a: {provider: simulated}, b: {provider: simulated}}
                bias:
                  sources: [{type: bbq, path: %s}]
                  explanations: true
                """.formatted(Path.of(fixture()).toString()));
        Path out = dir.resolve("out");
        assertThat(CliRun.of("run", config.toString(), "-o", out.toString(), "--no-progress").exitCode()).isZero();
        Path folder = CliRun.onlyRunFolder(out, "probe");
        String rates = Files.readString(folder.resolve("rates.csv"));
        String agreeability = Files.readString(folder.resolve("agreeability.csv"));
        Files.delete(folder.resolve("rates.csv"));

        CliRun r = CliRun.of("analyze", folder.toString());

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Files.readString(folder.resolve("rates.csv"))).isEqualTo(rates);
        assertThat(Files.readString(folder.resolve("agreeability.csv"))).isEqualTo(agreeability);
    }

    private static java.net.URI fixture() throws URISyntaxException {
        return BiasProbeResumeTest.class.getResource("/bias/bbq/Fixture.jsonl").toURI();
    }

    private static int count(Path folder, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("run.db"));
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void execute(Path folder, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + folder.resolve("run.db"));
             Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
