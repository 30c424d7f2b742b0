package org.svosim.games.estimate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.svosim.games.assess.RevealedChoices;
import org.svosim.games.play.DictatorGame;
import org.svosim.games.play.Game;
import org.svosim.games.play.History;
import org.svosim.games.play.Move;
import org.svosim.games.play.PrisonersDilemma;
import org.svosim.games.play.SliderGame;
import org.svosim.games.slider.Allocation;
import org.svosim.games.slider.MurphySliderItems;
import org.svosim.games.slider.SliderItem;

/**
 * A fixed, seeded mix of decision situations taken from the real games: 60% single slider items
 * (one of the 15 Murphy items), 20% dictator games (endowment 100, steps of 10), 20% one-shot
 * prisoner's dilemmas (T=50, R=30, P=10, S=0) against a partner who cooperates or defects with
 * equal chance. Each situation is the option set as (own, other) payoffs seen by the decider.
 */
final class DecisionBank {
    private static final List<SliderItem> ITEMS = MurphySliderItems.all().items();
    private static final DictatorGame DICTATOR = new DictatorGame(100, 10);
    private static final PrisonersDilemma PD = new PrisonersDilemma(50, 30, 10, 0, 1);

    private DecisionBank() {
    }

    static List<List<Allocation>> situations(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<List<Allocation>> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double kind = random.nextDouble();
            if (kind < 0.6) {
                SliderGame slider = SliderGame.oneWay(List.of(ITEMS.get(random.nextInt(ITEMS.size()))));
                out.add(options(slider, slider.play(History.empty(), new Move(0, 0))));
            } else if (kind < 0.8) {
                out.add(options(DICTATOR, DICTATOR.play(History.empty(), new Move(0, 0))));
            } else {
                int partner = random.nextBoolean() ? PrisonersDilemma.COOPERATE : PrisonersDilemma.DEFECT;
                out.add(options(PD, PD.play(History.empty(), List.of(new Move(0, 0), new Move(1, partner)))));
            }
        }
        return out;
    }

    /** Choices of a logit agent ({@code degrees}, {@code lambda}) in {@code situations}, drawn from {@code seed}. */
    static List<ObservedDecision> choose(List<List<Allocation>> situations, double degrees, double lambda, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ObservedDecision> out = new ArrayList<>(situations.size());
        for (List<Allocation> options : situations) {
            out.add(new ObservedDecision(options, LogitRule.sample(options, degrees, lambda, random)));
        }
        return out;
    }

    private static List<Allocation> options(Game game, History played) {
        return RevealedChoices.of(game, played, 0).get(0).options();
    }
}
