package org.svosim.agents.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AmountTableTest {
    private static final String QUESTION = """
            You are the proposer. Some of the allowed amounts:
            - 0 -> you receive 30 coins, the other player receives 0 coins
            - 15 -> you receive 15 coins, the other player receives 15 coins
            - 30 -> you receive 0 coins, the other player receives 30 coins
            Answer with a number from 0 to 30 in steps of 1. Reply with the number only.
            """;

    @Test
    void tableRowsGiveAmountsAndPayoffs() {
        AmountTable t = AmountTable.parse(QUESTION);

        assertThat(t.amounts()).containsExactly(0.0, 15.0, 30.0);
        assertThat(t.options().get(1)).isEqualTo(new OfferedOption('B', 15, 15));
        assertThat(t.amountOf(t.options().get(2))).isEqualTo(30.0);
    }

    @Test
    void textWithoutTheNumberRequestIsNoTable() {
        assertThat(AmountTable.parse(QUESTION.replace("Answer with a number", "Pick"))).isNull();
    }

    @Test
    void wholeAmountsAreSaidWithoutDecimals() {
        assertThat(AmountTable.say(15.0)).isEqualTo("15");
        assertThat(AmountTable.say(2.5)).isEqualTo("2.5");
    }
}
