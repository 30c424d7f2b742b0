package org.svosim.simulation.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Spelling hints for misspelt field names and choices. */
class SuggestionsTest {

    @Test
    void swappedNeighboursCountAsOneEdit() {
        assertThat(Suggestions.distance("gtp", "gpt")).isEqualTo(1);
        assertThat(Suggestions.distance("prosocail", "prosocial")).isEqualTo(1);
    }

    @Test
    void distanceCountsInsertionsDeletionsAndChanges() {
        assertThat(Suggestions.distance("temprature", "temperature")).isEqualTo(1);
        assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
    }

    @Test
    void closestCandidateIsSuggestedIgnoringCase() {
        assertThat(Suggestions.didYouMean("Top_P", List.of("temperature", "top_p", "seed"))).isEqualTo(" (did you mean 'top_p'?)");
    }

    @Test
    void nothingIsSuggestedWhenNoCandidateIsClose() {
        assertThat(Suggestions.didYouMean("fidelity", List.of("model", "base_url", "temperature"))).isEmpty();
        assertThat(Suggestions.didYouMean("xyz", List.of("abc"))).isEmpty();
    }
}
