package org.svosim.games.play;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.SliderItem;

/**
 * A custom one-shot game from data: seat 0 picks one of a list of (self, other) allocations;
 * "self" goes to seat 0 and "other" to seat 1.
 *
 * @param name        identifier of the custom game
 * @param labels      one distinct label per allocation
 * @param allocations at least two allocations
 */
public record OptionListGame(String name, List<String> labels, List<Allocation> allocations) implements Game {
    public OptionListGame {
        Require.name("game name", name);
        labels = List.copyOf(labels);
        allocations = List.copyOf(allocations);
        if (labels.size() != allocations.size()) {
            throw new IllegalArgumentException("option list game '" + name + "' needs one label per allocation, got "
                    + labels.size() + " labels for " + allocations.size() + " allocations");
        }
        if (allocations.size() < 2) {
            throw new IllegalArgumentException("option list game '" + name + "' needs at least 2 allocations, got " + allocations.size());
        }
    }

    /** A game whose options are labelled A, B, C, ... (at most 26). */
    public static OptionListGame lettered(String name, List<Allocation> allocations) {
        if (allocations.size() > 26) {
            throw new IllegalArgumentException("lettered labels allow at most 26 allocations, got " + allocations.size());
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < allocations.size(); i++) {
            labels.add(String.valueOf(SliderItem.letter(i)));
        }
        return new OptionListGame(name, labels, allocations);
    }

    @Override
    public String rules() {
        return "The decider picks one of " + allocations.size() + " allocations of coins; each gives a first amount to the "
                + "decider and a second amount to the other player, who has no say.";
    }

    @Override
    public int players() {
        return 2;
    }

    @Override
    public Optional<Stage> next(History history) {
        if (history.size() > 0) {
            return Optional.empty();
        }
        List<Option> options = new ArrayList<>();
        for (int i = 0; i < allocations.size(); i++) {
            Allocation a = allocations.get(i);
            options.add(new Option(labels.get(i), "you get " + Text.amount(a.self()) + ", the other player gets " + Text.amount(a.other())));
        }
        return Optional.of(new Stage(1, 1, List.of(new Question(0, "decider", new Choice.Options(options), List.of()))));
    }

    @Override
    public Payoffs payoffs(History history) {
        if (history.size() == 0) {
            return Payoffs.zeros(2);
        }
        Allocation chosen = allocations.get(history.turn(0).of(0).optionIndex());
        return Payoffs.of(chosen.self(), chosen.other());
    }
}
