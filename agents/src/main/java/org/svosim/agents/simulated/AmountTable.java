package org.svosim.agents.simulated;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.svosim.agents.memo.BoundedMemo;

/**
 * A number question as the simulated agent reads it: the line "Answer with a number from MIN to
 * MAX ..." and a table of amounts with the payoffs each leads to, one line each, e.g.
 * {@code - 40 -> you receive 60 coins, the other player receives 40 coins}: the amount, "->",
 * then the first two numbers after it are the payoffs to self and to the other.
 *
 * @param amounts the amounts of the table, in order
 * @param options their payoffs, lettered A, B, ... in the same order (at most 26)
 */
record AmountTable(List<Double> amounts, List<OfferedOption> options) {
    private static final Pattern ASK = Pattern.compile("Answer with a number from", Pattern.CASE_INSENSITIVE);
    private static final Pattern ROW = Pattern.compile("^\\s*[-*]?\\s*([-\u2212]?\\d+(?:\\.\\d+)?)\\s*->\\s*(.*)$");
    private static final Pattern NUMBER = Pattern.compile("[-\u2212]?\\d+(?:\\.\\d+)?");

    private static final BoundedMemo<String, Optional<AmountTable>> READ = new BoundedMemo<>(
            SimulatedChatModel.MEMO_CAPACITY, t -> Optional.ofNullable(read(t)));

    /** The table of {@code text}, or null when it is not a number question with at least two rows. */
    static AmountTable parse(String text) {
        return READ.get(text).orElse(null);
    }

    private static AmountTable read(String text) {
        if (!ASK.matcher(text).find()) {
            return null;
        }
        List<Double> amounts = new ArrayList<>();
        List<OfferedOption> options = new ArrayList<>();
        for (String line : text.split("\\R")) {
            Matcher row = ROW.matcher(line);
            if (!row.matches() || options.size() == 26) {
                continue;
            }
            Matcher n = NUMBER.matcher(row.group(2));
            if (n.find()) {
                double self = number(n.group());
                if (n.find()) {
                    amounts.add(number(row.group(1)));
                    options.add(new OfferedOption((char) ('A' + options.size()), self, number(n.group())));
                }
            }
        }
        return options.size() >= 2 ? new AmountTable(List.copyOf(amounts), List.copyOf(options)) : null;
    }

    /** The amount of the table row chosen. */
    double amountOf(OfferedOption chosen) {
        return amounts.get(chosen.letter() - 'A');
    }

    /** The amount as a reply: whole numbers without ".0". */
    static String say(double amount) {
        return amount == Math.rint(amount) ? String.valueOf((long) amount) : String.valueOf(amount);
    }

    private static double number(String s) {
        return Double.parseDouble(s.replace('\u2212', '-'));
    }
}
