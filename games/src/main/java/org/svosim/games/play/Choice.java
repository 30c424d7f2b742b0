package org.svosim.games.play;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a decider may answer: one of a finite list of options (the answer is the option's
 * index, 0 = first) or an amount in a range on a step grid.
 */
public sealed interface Choice permits Choice.Options, Choice.Range {

    /** Every valid answer in ascending order: option indices, or the grid amounts. */
    List<Double> answers();

    /** True when {@code answer} is a valid answer (amounts within a millionth of a step of the grid). */
    boolean accepts(double answer);

    /** The position of {@code answer} in {@link #answers()}; throws if it is not valid. */
    int indexOf(double answer);

    /** The answer as the decider would say it: the option's label or the amount. */
    String describe(double answer);

    /** The exact grid value of a valid answer (snaps an amount within the tolerance onto the grid). */
    default double canonical(double answer) {
        return answers().get(indexOf(answer));
    }

    /** A list of labelled options; at least two, labels distinct. */
    record Options(List<Option> options) implements Choice {
        public Options {
            options = List.copyOf(options);
            if (options.size() < 2) {
                throw new IllegalArgumentException("an option list needs at least 2 options, got " + options.size());
            }
            Set<String> labels = new HashSet<>();
            for (Option o : options) {
                if (!labels.add(o.label())) {
                    throw new IllegalArgumentException("option labels must be distinct; '" + o.label() + "' appears twice");
                }
            }
        }

        @Override
        public List<Double> answers() {
            List<Double> all = new ArrayList<>(options.size());
            for (int i = 0; i < options.size(); i++) {
                all.add((double) i);
            }
            return all;
        }

        @Override
        public boolean accepts(double answer) {
            return answer == Math.rint(answer) && answer >= 0 && answer < options.size();
        }

        @Override
        public int indexOf(double answer) {
            if (!accepts(answer)) {
                throw new IllegalArgumentException("answer " + answer + " is not an option index; expected a whole number 0.."
                        + (options.size() - 1) + " (" + options.get(0).label() + ".." + options.get(options.size() - 1).label() + ")");
            }
            return (int) answer;
        }

        @Override
        public String describe(double answer) {
            return options.get(indexOf(answer)).label();
        }
    }

    /**
     * An amount in {@code [min, max]} on the grid {@code min, min + step, min + 2 step, ...};
     * {@code max} is always a valid answer, even when {@code max - min} is not a multiple of the
     * step (then the grid's last gap is shorter). {@code min == max} allows a single answer.
     */
    record Range(double min, double max, double step) implements Choice {
        /** Tolerance, in steps, under which an amount counts as on the grid. */
        static final double GRID_TOLERANCE = 1e-6;

        public Range {
            Require.finite("range minimum", min);
            Require.finite("range maximum", max);
            Require.positive("range step", step);
            if (min > max) {
                throw new IllegalArgumentException("range minimum must be <= maximum, got [" + Text.amount(min) + ", " + Text.amount(max) + "]");
            }
        }

        @Override
        public List<Double> answers() {
            List<Double> grid = new ArrayList<>();
            long n = (long) Math.floor((max - min) / step + GRID_TOLERANCE);
            for (long i = 0; i <= n; i++) {
                grid.add(Math.min(max, min + i * step));
            }
            if (max - grid.get(grid.size() - 1) > GRID_TOLERANCE * step) {
                grid.add(max);
            }
            return grid;
        }

        @Override
        public boolean accepts(double answer) {
            return Double.isFinite(answer) && slot(answer) >= 0;
        }

        @Override
        public int indexOf(double answer) {
            int slot = Double.isFinite(answer) ? slot(answer) : -1;
            if (slot < 0) {
                throw new IllegalArgumentException("amount " + answer + " is not a valid answer; expected a number in ["
                        + Text.amount(min) + ", " + Text.amount(max) + "] in steps of " + Text.amount(step));
            }
            return slot;
        }

        @Override
        public String describe(double answer) {
            return Text.amount(answers().get(indexOf(answer)));
        }

        private int slot(double answer) {
            double tolerance = GRID_TOLERANCE * step;
            if (answer < min - tolerance || answer > max + tolerance) {
                return -1;
            }
            long lastOnGrid = (long) Math.floor((max - min) / step + GRID_TOLERANCE);
            if (Math.abs(answer - max) <= tolerance) {
                return (int) (max - (min + lastOnGrid * step) > tolerance ? lastOnGrid + 1 : lastOnGrid);
            }
            double k = (answer - min) / step;
            long nearest = Math.round(k);
            return Math.abs(k - nearest) <= GRID_TOLERANCE ? (int) nearest : -1;
        }
    }
}
