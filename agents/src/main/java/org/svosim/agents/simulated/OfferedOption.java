package org.svosim.agents.simulated;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.svosim.agents.memo.BoundedMemo;

/**
 * One option line of an item question as the simulated agent reads it, e.g.
 * {@code A: you receive 85 coins, the other participant receives 76 coins}: a capital
 * letter (optionally after "-", "*" or "("), then ':' or ')', then the first two numbers on
 * the line are the payoffs to self and to the other.
 *
 * @param letter the option's label
 * @param self   payoff to the agent
 * @param other  payoff to the other participant
 */
record OfferedOption(char letter, double self, double other) {
    private static final Pattern LINE = Pattern.compile("^\\s*(?:[-*]\\s*)?\\(?([A-Z])\\s*[:)]\\s*(.*)$");
    private static final Pattern NUMBER = Pattern.compile("[-\u2212]?\\d+(?:\\.\\d+)?");
    private static final BoundedMemo<String, List<OfferedOption>> READ = new BoundedMemo<>(
            SimulatedChatModel.MEMO_CAPACITY, OfferedOption::read);

    /** Utility at {@code degrees}: cos(angle) * self + sin(angle) * other. */
    double utility(double degrees) {
        double r = Math.toRadians(degrees);
        return Math.cos(r) * self + Math.sin(r) * other;
    }

    /**
     * The option lines in {@code text}, in order. Lines with fewer than two numbers are
     * skipped, and only letters from a gap-free run A, B, C, ... are kept (the first line per
     * letter), so a stray line such as {@code Q: question 3 of 6} is not taken for an option.
     */
    static List<OfferedOption> parseAll(String text) {
        return READ.get(text);
    }

    private static List<OfferedOption> read(String text) {
        List<OfferedOption> all = lines(text);
        Map<Character, OfferedOption> byLetter = new HashMap<>();
        for (OfferedOption o : all) {
            byLetter.putIfAbsent(o.letter(), o);
        }
        char end = 'A';
        while (byLetter.containsKey(end)) {
            end++;
        }
        List<OfferedOption> options = new ArrayList<>();
        for (OfferedOption o : all) {
            if (o.letter() < end && byLetter.get(o.letter()) == o) {
                options.add(o);
            }
        }
        return List.copyOf(options);
    }

    private static List<OfferedOption> lines(String text) {
        List<OfferedOption> options = new ArrayList<>();
        for (String line : text.split("\\R")) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            Matcher n = NUMBER.matcher(m.group(2));
            if (n.find()) {
                double self = number(n.group());
                if (n.find()) {
                    options.add(new OfferedOption(m.group(1).charAt(0), self, number(n.group())));
                }
            }
        }
        return options;
    }

    private static double number(String s) {
        return Double.parseDouble(s.replace('\u2212', '-'));
    }
}
