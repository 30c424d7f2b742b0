package org.svosim.games.play;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svosim.games.play.Bot.both;
import static org.svosim.games.play.Bot.one;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.games.slider.SliderItem;

class SliderGameTest {
    private static final List<SliderItem> PRIMARY = MurphySliderItems.primary().items();
    private static final int A = 0;
    private static final int I = 8;

    @Test
    void oneWayItemGivesSelfToTheDeciderAndOtherToThePartner() {
        SliderGame game = SliderGame.oneWay(PRIMARY.subList(1, 2)); // item 2: A = (85, 15), I = (100, 50)

        assertThat(Bot.finalPayoffs(game, Bot.play(game, one(0, A)))).isEqualTo(Payoffs.of(85, 15));
        assertThat(game.next(History.empty()).orElseThrow().questions()).hasSize(1);
    }

    @Test
    void mutualItemPaysEachTheirOwnSelfPlusThePartnersOther() {
        SliderGame game = SliderGame.mutual(PRIMARY.subList(1, 2));

        assertThat(Bot.finalPayoffs(game, Bot.play(game, both(A, I)))).isEqualTo(Payoffs.of(85 + 50, 100 + 15));
    }

    @Test
    void payoffsAccumulateOverItems() {
        SliderGame game = SliderGame.oneWay(PRIMARY.subList(0, 3)); // items 1-3, A each: (85,85) (85,15) (50,100)
        History h = Bot.play(game, one(0, A), one(0, A), one(0, A));

        assertThat(Bot.finalPayoffs(game, h)).isEqualTo(Payoffs.of(85 + 85 + 50, 85 + 15 + 100));
        assertThat(game.payoffs(h.prefix(1))).isEqualTo(Payoffs.of(85, 85));
    }

    @Test
    void optionsAreLetteredWithTheirPayoffs() {
        Question q = SliderGame.oneWay(PRIMARY).next(History.empty()).orElseThrow().questions().get(0);
        Choice.Options options = (Choice.Options) q.choice();

        assertThat(options.options().get(8)).isEqualTo(new Option("I", "you get 85, the other player gets 15"));
        assertThat(q.facts()).containsExactly("Item 1 of 6.");
    }
}
