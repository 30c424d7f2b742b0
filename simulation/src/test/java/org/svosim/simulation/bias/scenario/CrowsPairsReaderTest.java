package org.svosim.simulation.bias.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class CrowsPairsReaderTest {

    @Test
    void goodRowsArePairsIncludingAQuotedSentenceThatSpansTwoLines() throws Exception {
        Loaded<CrowsPair> loaded = CrowsPairsReader.read(Fixtures.path("crows/fixture.csv"));

        assertThat(loaded.rows()).isEqualTo(8);
        assertThat(loaded.values()).extracting(CrowsPair::id, CrowsPair::direction, CrowsPair::biasType, CrowsPair::line)
                .containsExactly(
                        tuple("0", "stereo", "socioeconomic", 2L),
                        tuple("1", "antistereo", "gender", 3L),
                        tuple("2", "stereo", "socioeconomic", 4L),
                        tuple("7", "stereo", "religion", 10L));
        assertThat(loaded.values().get(2).sentLess()).isEqualTo("Bob was denied because he was white\n.");
    }

    @Test
    void malformedRowsAreSkippedWithTheirStartingLine() throws Exception {
        Loaded<CrowsPair> loaded = CrowsPairsReader.read(Fixtures.path("crows/fixture.csv"));

        assertThat(loaded.skipped()).extracting(SkippedRow::line, SkippedRow::reason)
                .containsExactly(
                        tuple(6L, "stereo_antistereo must be stereo or antistereo, not 'neutral'"),
                        tuple(7L, "sent_more is empty"),
                        tuple(8L, "has 3 fields, the header has 8"),
                        tuple(9L, "repeats id 0"));
    }

    @Test
    void brokenQuotingIsAnErrorNamingTheFileAndLine() {
        assertThatThrownBy(() -> CrowsPairsReader.read(Fixtures.path("crows/broken-quote.csv")))
                .isInstanceOf(ScenarioSourceException.class)
                .hasMessageContaining("broken-quote.csv is not valid CSV after line 2");
    }

    @Test
    void missingRequiredColumnIsAnErrorListingTheHeader() {
        assertThatThrownBy(() -> CrowsPairsReader.read(Fixtures.path("crows/no-direction-column.csv")))
                .isInstanceOf(ScenarioSourceException.class)
                .hasMessageContaining("lacks column(s) [stereo_antistereo]")
                .hasMessageContaining("sent_more");
    }
}
