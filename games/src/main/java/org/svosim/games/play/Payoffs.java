package org.svosim.games.play;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One payoff per player seat (0-based), in the game's units (coins). */
public record Payoffs(List<Double> amounts) {
    public Payoffs {
        amounts = List.copyOf(amounts);
        for (double a : amounts) {
            Require.finite("payoff", a);
        }
    }

    public static Payoffs of(double... amounts) {
        return new Payoffs(Arrays.stream(amounts).boxed().toList());
    }

    public static Payoffs zeros(int players) {
        return of(new double[players]);
    }

    public int players() {
        return amounts.size();
    }

    public double get(int player) {
        return amounts.get(player);
    }

    public Payoffs plus(Payoffs other) {
        return combine(other, 1.0);
    }

    public Payoffs minus(Payoffs other) {
        return combine(other, -1.0);
    }

    /** Every payoff multiplied by {@code factor}. */
    public Payoffs times(double factor) {
        return new Payoffs(amounts.stream().map(a -> a * factor).toList());
    }

    /** The mean payoff of every player but {@code player} (0 for a one-player vector). */
    public double meanOfOthers(int player) {
        if (amounts.size() < 2) {
            return 0.0;
        }
        double sum = 0;
        for (int i = 0; i < amounts.size(); i++) {
            if (i != player) {
                sum += amounts.get(i);
            }
        }
        return sum / (amounts.size() - 1);
    }

    private Payoffs combine(Payoffs other, double sign) {
        if (other.players() != players()) {
            throw new IllegalArgumentException("payoff vectors differ in size: " + players() + " vs " + other.players());
        }
        List<Double> out = new ArrayList<>(players());
        for (int i = 0; i < players(); i++) {
            out.add(get(i) + sign * other.get(i));
        }
        return new Payoffs(out);
    }
}
