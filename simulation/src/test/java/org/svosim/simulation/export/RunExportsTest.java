package org.svosim.simulation.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.simulation.store.RunReader;
import org.svosim.simulation.store.SampleOutcomes;

class RunExportsTest {
    @TempDir
    Path runDir;

    @BeforeEach
    void saveSamples() {
        SampleOutcomes.writeFinishedRun(runDir.resolve("run.db"));
    }

    private void export() throws IOException {
        try (RunReader reader = RunReader.open(runDir.resolve("run.db"))) {
            RunExports.writeAll(reader, runDir);
        }
    }

    private static List<CSVRecord> parse(Path csv, List<String> expectedHeader) throws IOException {
        try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
            assertThat(p.getHeaderNames()).containsExactlyElementsOf(expectedHeader);
            return p.getRecords();
        }
    }

    @Test
    void csvFilesParseBackWithTheirHeadersAndOneRowPerObservation() throws IOException {
        export();
        assertThat(parse(runDir.resolve("decisions.csv"), DecisionsCsv.COLUMNS)).hasSize(6 + 3 + 1 + 6);
        assertThat(parse(runDir.resolve("trials.csv"), TrialsCsv.COLUMNS)).hasSize(4);
        assertThat(parse(runDir.resolve("summary.csv"), SummaryCsv.COLUMNS)).hasSize(2);
    }

    @Test
    void multiLineQuotedReplyAndGoalRoundTripExactly() throws IOException {
        export();
        CSVRecord item3 = parse(runDir.resolve("decisions.csv"), DecisionsCsv.COLUMNS).get(2);
        assertThat(item3.get("raw_reply")).isEqualTo(SampleOutcomes.TRICKY_REPLY);
        assertThat(item3.get("method")).isEqualTo("pattern");
        CSVRecord trial = parse(runDir.resolve("trials.csv"), TrialsCsv.COLUMNS).get(0);
        assertThat(trial.get("goal_statement")).isEqualTo("Share, fairly \"always\",\nand kindly.");
    }

    @Test
    void decisionRowsCarryTheirTrialConditionAndPublishedLetters() throws IOException {
        export();
        CSVRecord item2 = parse(runDir.resolve("decisions.csv"), DecisionsCsv.COLUMNS).get(1);
        assertThat(item2.get("backend")).isEqualTo("sim");
        assertThat(item2.get("value_label")).isEqualTo("prosocial");
        assertThat(item2.get("target_degrees")).isEqualTo("45");
        assertThat(item2.get("trial_status")).isEqualTo("valid");
        assertThat(item2.get("item_kind")).isEqualTo("primary");
        assertThat(item2.get("shown_letter")).isEqualTo("A");
        assertThat(item2.get("chosen_letter")).isEqualTo("I");
        assertThat(item2.get("payoff_self")).isEqualTo("100");
        CSVRecord invalid = parse(runDir.resolve("decisions.csv"), DecisionsCsv.COLUMNS).get(7);
        assertThat(invalid.get("method")).isEqualTo("invalid");
        assertThat(invalid.get("chosen_option")).isEmpty();
        assertThat(invalid.get("payoff_self")).isEmpty();
    }

    @Test
    void trialsAndSummaryUseEmptyCellsForMissingValuesAndPointDecimalsInAnyLocale() throws IOException {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            export();
        } finally {
            Locale.setDefault(before);
        }
        List<CSVRecord> trials = parse(runDir.resolve("trials.csv"), TrialsCsv.COLUMNS);
        assertThat(trials.get(0).get("angle")).isEqualTo("30.47");
        assertThat(trials.get(0).get("category_hit")).isEqualTo("1");
        assertThat(trials.get(3).get("category_hit")).isEmpty();
        assertThat(trials.get(3).get("target_category")).isEmpty();
        assertThat(trials.get(2).get("failure")).isEqualTo("HTTP 503 after 3 attempts");
        assertThat(trials.get(0).get("started_at")).isEqualTo("2026-11-02T09:15:00.250Z");
        String summary = Files.readString(runDir.resolve("summary.csv"));
        assertThat(summary).doesNotContain("NA").doesNotContain("NaN").doesNotContain("E-").doesNotContain("E+");
        CSVRecord prosocial = parse(runDir.resolve("summary.csv"), SummaryCsv.COLUMNS).get(0);
        assertThat(List.of(prosocial.get("n_trials"), prosocial.get("n_valid"), prosocial.get("n_invalid"),
                prosocial.get("n_failed"))).containsExactly("3", "1", "1", "1");
        assertThat(prosocial.get("mean_angle")).isEqualTo("30.47");
        assertThat(prosocial.get("angle_sd")).isEmpty();
        assertThat(prosocial.get("category_hit_rate")).isEqualTo("1");
        // 10 answers in the condition (6 + 3 + 1), one invalid
        assertThat(prosocial.get("invalid_answer_rate")).isEqualTo("0.1");
        assertThat(parse(runDir.resolve("summary.csv"), SummaryCsv.COLUMNS).get(1).get("category_hit_rate"))
                .isEmpty();
    }

    @Test
    void transcriptsAreOneJsonObjectPerTrialPerLine() throws IOException {
        export();
        List<String> lines = Files.readAllLines(runDir.resolve("transcripts.jsonl"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(4);
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertThat(first.get("trial_id").asText()).isEqualTo("sim/prosocial/hvae/r00");
        assertThat(first.get("status").asText()).isEqualTo("valid");
        assertThat(first.get("messages")).hasSize(4);
        JsonNode reply = first.get("messages").get(2);
        assertThat(reply.get("text").asText()).isEqualTo(SampleOutcomes.TRICKY_REPLY);
        assertThat(reply.get("purpose").asText()).isEqualTo("item");
        assertThat(reply.get("item_number").asInt()).isEqualTo(3);
        assertThat(first.get("messages").get(3).get("model_role").asText()).isEqualTo("extractor");
        assertThat(new ObjectMapper().readTree(lines.get(1)).get("goal_statement").isNull()).isTrue();
    }

    @Test
    void exportingTwiceGivesIdenticalFiles() throws IOException {
        export();
        byte[] first = Files.readAllBytes(runDir.resolve("summary.csv"));
        byte[] decisions = Files.readAllBytes(runDir.resolve("decisions.csv"));
        export();
        assertThat(Files.readAllBytes(runDir.resolve("summary.csv"))).isEqualTo(first);
        assertThat(Files.readAllBytes(runDir.resolve("decisions.csv"))).isEqualTo(decisions);
    }

    @Test
    void directoryInPlaceOfACsvFailsWithoutLeavingAHalfWrittenFile() throws IOException {
        Files.createDirectory(runDir.resolve("trials.csv"));
        assertThatThrownBy(this::export).isInstanceOf(IOException.class).hasMessageContaining("trials.csv");
        assertThat(runDir.resolve("trials.csv")).isEmptyDirectory();
        try (Stream<Path> files = Files.list(runDir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(name -> name.endsWith(".tmp"))
                    .doesNotContain("summary.csv", "transcripts.jsonl");
        }
    }
}
