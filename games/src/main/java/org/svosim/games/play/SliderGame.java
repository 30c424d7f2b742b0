package org.svosim.games.play;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.SliderItem;

/**
 * The SVO slider with a real partner: one round per item; the chosen option's "self" payoff goes
 * to the decider and its "other" payoff to the partner, and payoffs add up over the items.
 *
 * <p>{@code mutual}: both seats answer every item at the same time and each receives its own
 * "self" plus the partner's "other" (the incentivised slider). One-way ({@code mutual = false}):
 * only seat 0 decides and seat 1 receives the "other" payoffs, so a population can be matched in
 * a ring (agent i decides for agent i + 1) with one one-way game per neighbour pair. Deciders are
 * not told the partner's earlier answers, as in the slider measure.
 *
 * @param items  the items in the order asked, at least one
 * @param mutual whether both seats decide
 */
public record SliderGame(List<SliderItem> items, boolean mutual) implements Game {
    public SliderGame {
        items = List.copyOf(items);
        if (items.isEmpty()) {
            throw new IllegalArgumentException("a slider game needs at least one item");
        }
    }

    /** Both seats decide on every item. */
    public static SliderGame mutual(List<SliderItem> items) {
        return new SliderGame(items, true);
    }

    /** Seat 0 decides on every item, seat 1 receives. */
    public static SliderGame oneWay(List<SliderItem> items) {
        return new SliderGame(items, false);
    }

    @Override
    public String name() {
        return "svo_slider";
    }

    @Override
    public String rules() {
        String who = mutual ? "Both players choose" : "The decider chooses";
        return who + ", for each of " + items.size() + " items, one of several allocations of coins between themselves and "
                + "the other player. The coins are paid out: each chosen allocation gives its first amount to the one who "
                + "chose it and its second amount to the other player.";
    }

    @Override
    public int players() {
        return 2;
    }

    @Override
    public Optional<Stage> next(History history) {
        int round = history.size() + 1;
        if (round > items.size()) {
            return Optional.empty();
        }
        Choice choice = new Choice.Options(options(items.get(round - 1)));
        List<String> facts = List.of("Item " + round + " of " + items.size() + ".");
        List<Question> questions = new ArrayList<>();
        questions.add(new Question(0, "decider", choice, facts));
        if (mutual) {
            questions.add(new Question(1, "decider", choice, facts));
        }
        return Optional.of(new Stage(round, items.size(), questions));
    }

    @Override
    public Payoffs payoffs(History history) {
        double[] pay = new double[2];
        for (int r = 0; r < history.size(); r++) {
            SliderItem item = items.get(r);
            Allocation zero = item.option(history.turn(r).of(0).optionIndex());
            pay[0] += zero.self();
            pay[1] += zero.other();
            if (mutual) {
                Allocation one = item.option(history.turn(r).of(1).optionIndex());
                pay[1] += one.self();
                pay[0] += one.other();
            }
        }
        return Payoffs.of(pay);
    }

    private static List<Option> options(SliderItem item) {
        List<Option> options = new ArrayList<>(item.size());
        for (int i = 0; i < item.size(); i++) {
            Allocation a = item.option(i);
            options.add(new Option(String.valueOf(SliderItem.letter(i)),
                    "you get " + Text.amount(a.self()) + ", the other player gets " + Text.amount(a.other())));
        }
        return options;
    }
}
