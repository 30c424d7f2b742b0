package org.svosim.agents.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberAnswerParserTest {
    private final NumberAnswerParser parser = new NumberAnswerParser(0, 100);

    @Test
    void bareNumberIsReadExactly() {
        ParsedAmount a = parser.parse(" 37. ");

        assertThat(a.amount()).isEqualTo(37.0);
        assertThat(a.method()).isEqualTo(ParseMethod.EXACT);
    }

    @Test
    void numberWithCoinsAndDecimalCommaIsReadExactly() {
        assertThat(parser.parse("12,5 coins").amount()).isEqualTo(12.5);
    }

    @Test
    void lastMarkedNumberWinsInALongerReply() {
        ParsedAmount a = parser.parse("Out of 100 coins I could give 50, but on reflection I would give 30.");

        assertThat(a.amount()).isEqualTo(30.0);
        assertThat(a.method()).isEqualTo(ParseMethod.PATTERN);
    }

    @Test
    void severalUnmarkedNumbersAreNotGuessed() {
        ParsedAmount a = parser.parse("Maybe 20 or 40.");

        assertThat(a.valid()).isFalse();
        assertThat(a.note()).contains("several");
    }

    @Test
    void numberOutsideTheRangeIsInvalid() {
        assertThat(parser.parse("150").note()).contains("outside 0..100");
    }

    @Test
    void replyWithoutNumberIsInvalid() {
        assertThat(parser.parse("I would rather not say.").valid()).isFalse();
    }
}
