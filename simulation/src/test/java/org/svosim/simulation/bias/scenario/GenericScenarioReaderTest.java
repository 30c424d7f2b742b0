package org.svosim.simulation.bias.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.games.bias.BiasLabel;

class GenericScenarioReaderTest {

    @Test
    void jsonlRowsBecomeScenariosWithEveryOtherFieldAsAnAttribute() throws Exception {
        Loaded<Scenario> loaded = GenericScenarioReader.read(Fixtures.path("generic/scenarios.jsonl"), "mine");

        assertThat(loaded.values()).extracting(Scenario::id, Scenario::gold, Scenario::answerType)
                .containsExactly(
                        tuple("mine:g1", BiasLabel.BIASED, AnswerType.NOT_APPLICABLE),
                        tuple("mine:g2", BiasLabel.UNBIASED, AnswerType.UNKNOWN),
                        tuple("mine:g8", BiasLabel.BIASED, AnswerType.STEREOTYPED));
        Scenario g1 = loaded.values().get(0);
        assertThat(g1.source()).isEqualTo("mine");
        assertThat(g1.attributes()).containsEntry("category", "nationality").containsEntry("difficulty", "3")
                .containsEntry("tags", "[\"short\",\"direct\"]");
        Scenario g2 = loaded.values().get(1);
        assertThat(g2.text()).endsWith("\nAnswer: Not enough information");
        assertThat(g2.attributes()).doesNotContainKey("note").containsEntry("item", "mine:q7");
        assertThat(loaded.values().get(2).item()).isEqualTo(g2.item());
    }

    @Test
    void malformedJsonlRowsAreCountedSkipsWithReasons() throws Exception {
        Loaded<Scenario> loaded = GenericScenarioReader.read(Fixtures.path("generic/scenarios.jsonl"), "mine");

        assertThat(loaded.rows()).isEqualTo(9);
        assertThat(loaded.skipped()).extracting(SkippedRow::line).containsExactly(4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(loaded.skipped()).extracting(SkippedRow::reason)
                .anySatisfy(r -> assertThat(r).startsWith("not valid JSON"))
                .contains("scenario is missing or empty", "gold label must be 'biased' or 'unbiased', not 'maybe'",
                        "repeats id mine:g1", "answer_type must be stereotyped, non_stereotyped or unknown, not 'sideways'",
                        "not a JSON object");
    }

    @Test
    void csvRowsAreReadWithLowerCaseAttributeNamesAndMultiLineScenarios() throws Exception {
        Loaded<Scenario> loaded = GenericScenarioReader.read(Fixtures.path("generic/scenarios.csv"), "csv-set");

        assertThat(loaded.values()).extracting(Scenario::id).containsExactly("csv-set:c1", "csv-set:c2", "csv-set:c5");
        assertThat(loaded.values().get(0).attributes()).containsEntry("category", "gender").doesNotContainKey("polarity");
        assertThat(loaded.values().get(1).text()).contains("\nQuestion: Who was caring?\n");
        assertThat(loaded.values().get(2).gold()).isEqualTo(BiasLabel.BIASED);
        assertThat(loaded.skipped()).extracting(SkippedRow::line, SkippedRow::reason)
                .containsExactly(
                        tuple(6L, "gold_label is missing or empty"),
                        tuple(7L, "has 3 fields, the header has 5"),
                        tuple(8L, "repeats id csv-set:c1"));
    }

    @Test
    void csvWithoutAGoldLabelColumnIsAnError() {
        assertThatThrownBy(() -> GenericScenarioReader.read(Fixtures.path("generic/no-gold.csv"), "x"))
                .isInstanceOf(ScenarioSourceException.class)
                .hasMessageContaining("no-gold.csv lacks column 'gold_label'")
                .hasMessageContaining("[id, scenario, label]");
    }

    @Test
    void unknownExtensionIsAnError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("scenarios.txt"), "id,scenario,gold_label\n");

        assertThatThrownBy(() -> GenericScenarioReader.read(file, "x")).hasMessageContaining("must end in .jsonl or .csv");
    }
}
