package org.svosim.agents.judge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.svosim.games.bias.RatingLabel;

class RatingParserTest {
    private final RatingParser parser = new RatingParser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "Rating: AGREE | AGREE",
            "Rating: DISAGREE | DISAGREE",
            "**Rating:** Agree | AGREE",
            "The explanation is accurate.\\nRating: AGREE | AGREE",
            "Rating: I do not agree; it misreads the scenario. | DISAGREE",
            "Rating: I don't disagree. | AGREE",
            "I DISAGREE. | DISAGREE",
            "I would not DISAGREE with it. | AGREE",
            "Should I AGREE or DISAGREE? I AGREE. | AGREE",
            "I cannot agree with this explanation. | DISAGREE",
            "I agree with the explanation. | AGREE",
    })
    void ratingIsRead(String reply, RatingLabel expected) {
        assertThat(parser.parse(reply.replace("\\n", "\n")).label()).isEqualTo(expected);
    }

    @Test
    void disagreeIsNeverReadAsAgree() {
        ParsedRating rating = parser.parse("Rating: DISAGREE");

        assertThat(rating.label()).isEqualTo(RatingLabel.DISAGREE);
        assertThat(rating.method()).isEqualTo(ReadMethod.CUE);
    }

    @Test
    void refusalWithoutAnyRatingIsUnclearAndNotedAsRefusal() {
        ParsedRating rating = parser.parse("I'm sorry, but I can't evaluate that.");

        assertThat(rating.label()).isEqualTo(RatingLabel.UNCLEAR);
        assertThat(rating.note()).isEqualTo("refusal");
        assertThat(rating.raw()).isEqualTo("I'm sorry, but I can't evaluate that.");
    }

    @Test
    void echoedOptionsAloneAreUnclear() {
        assertThat(parser.parse("Rating: AGREE or DISAGREE").label()).isEqualTo(RatingLabel.UNCLEAR);
    }
}
