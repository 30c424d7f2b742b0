package org.svosim.simulation.population;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.svosim.agents.prompt.PromptNumbers;
import org.svosim.games.play.DecisionRecord;
import org.svosim.games.play.Game;
import org.svosim.games.play.History;
import org.svosim.games.play.Payoffs;
import org.svosim.simulation.config.FeedbackSpec;

/**
 * What each player is told after a round, seen from its seat, as the population's
 * {@link FeedbackSpec} says: {@code full} (the default) is one sentence with the game and round,
 * every choice made in the round (its own as "you", the others by role) and what it and the
 * others received; {@code own} keeps only its own choices and payoff; {@code none} tells nothing;
 * a template is filled with the round's {@link FeedbackSpec#PLACEHOLDERS}. Other players are never
 * named, so that names cannot hint at their values.
 */
final class RoundNarration {
    private RoundNarration() {
    }

    /**
     * One text per seat for the round that began at turn {@code fromTurn} and ends with {@code history};
     * empty when the feedback is {@code none}.
     */
    static List<String> of(String label, Game game, History history, int fromTurn, FeedbackSpec feedback) {
        if (feedback.preset() == FeedbackSpec.Preset.NONE) {
            return List.of();
        }
        List<DecisionRecord> round = new ArrayList<>();
        for (DecisionRecord d : game.decisions(history)) {
            if (d.turn() >= fromTurn) {
                round.add(d);
            }
        }
        int number = round.isEmpty() ? 0 : round.get(0).round();
        Payoffs total = game.payoffs(history);
        Payoffs gained = total.minus(game.payoffs(history.prefix(fromTurn)));
        List<String> out = new ArrayList<>();
        for (int seat = 0; seat < game.players(); seat++) {
            Map<String, String> v = facts(label, number, round, seat, gained, total, game.players());
            out.add(switch (feedback.preset()) {
                case OWN -> label + ", round " + number + ": " + v.get("own_sentence") + ". You received "
                        + v.get("my_payoff") + " coins.";
                case TEMPLATE -> fill(feedback.template(), v);
                default -> label + ", round " + number + ": " + v.get("all_sentence") + ". You received "
                        + v.get("my_payoff") + " coins, " + (game.players() == 2 ? "the other player " : "the others on average ")
                        + PromptNumbers.plain(gained.meanOfOthers(seat)) + ".";
            });
        }
        return out;
    }

    /** The placeholders' values for one seat (and two sentences the presets use). */
    private static Map<String, String> facts(String label, int number, List<DecisionRecord> round, int seat,
                                             Payoffs gained, Payoffs total, int players) {
        List<String> all = new ArrayList<>();
        List<String> own = new ArrayList<>();
        List<String> mine = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (DecisionRecord d : round) {
            String choice = d.question().choice().describe(d.move().answer());
            if (d.move().player() == seat) {
                String s = "you (" + d.question().role() + ") chose " + choice;
                all.add(s);
                own.add(s);
                mine.add(choice);
                roles.add(d.question().role());
            } else {
                String s = "the " + d.question().role() + " chose " + choice;
                all.add(s);
                others.add(s);
            }
        }
        List<String> otherPay = new ArrayList<>();
        for (int s = 0; s < players; s++) {
            if (s != seat) {
                otherPay.add(PromptNumbers.plain(gained.get(s)));
            }
        }
        Map<String, String> v = new HashMap<>();
        v.put("game", label);
        v.put("round", String.valueOf(number));
        v.put("my_role", roles.isEmpty() ? "no role" : String.join(", ", roles));
        v.put("my_move", mine.isEmpty() ? "no choice" : String.join("; ", mine));
        v.put("other_moves", others.isEmpty() ? "no choice by the others" : String.join("; ", others));
        v.put("my_payoff", PromptNumbers.plain(gained.get(seat)));
        v.put("other_payoffs", String.join(", ", otherPay));
        v.put("my_total", PromptNumbers.plain(total.get(seat)));
        v.put("all_sentence", String.join("; ", all));
        v.put("own_sentence", own.isEmpty() ? "you made no choice" : String.join("; ", own));
        return v;
    }

    private static String fill(String template, Map<String, String> values) {
        Matcher m = FeedbackSpec.PLACEHOLDER.matcher(template);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(values.get(m.group(1))));
        }
        m.appendTail(b);
        return b.toString();
    }
}
