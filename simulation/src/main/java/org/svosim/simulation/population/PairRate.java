package org.svosim.simulation.population;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.svosim.games.play.Choice;
import org.svosim.simulation.export.PopulationColumns;

/**
 * A rate of one kind of decision by the orientations of the pair: cooperation, acceptance,
 * contribution or giving (see {@link PopulationColumns#PAIR_RATES}).
 *
 * @param game         game label
 * @param role         the decider's role
 * @param measure      {@code chose <first option>} or {@code amount share}
 * @param group        the decider's group
 * @param partnerGroup the partners' groups
 * @param decisions    decisions averaged
 * @param rate         their mean, 0..1
 */
public record PairRate(String game, String role, String measure, String group, String partnerGroup, int decisions,
                       double rate) {

    /** The rates of every (game, role, group, partner group) with at least one answered decision, sorted. */
    static List<PairRate> of(List<PlayedDecision> decisions) {
        Map<List<String>, double[]> sums = new TreeMap<>((a, b) -> String.join("\u0000", a).compareTo(String.join("\u0000", b)));
        for (PlayedDecision d : decisions) {
            if (!d.reply().ok()) {
                continue;
            }
            Choice choice = d.question().choice();
            String measure;
            double value;
            if (choice instanceof Choice.Options options) {
                measure = "chose " + options.options().get(0).label();
                value = d.reply().answer() == 0 ? 1 : 0;
            } else {
                Choice.Range range = (Choice.Range) choice;
                measure = "amount share";
                value = range.max() == range.min() ? 0 : (d.reply().answer() - range.min()) / (range.max() - range.min());
            }
            List<String> key = List.of(d.match().plan().game().label(), d.question().role(), measure,
                    d.decider().group(), d.partnerGroups());
            double[] s = sums.computeIfAbsent(key, k -> new double[2]);
            s[0] += value;
            s[1]++;
        }
        List<PairRate> out = new ArrayList<>();
        sums.forEach((k, s) -> out.add(new PairRate(k.get(0), k.get(1), k.get(2), k.get(3), k.get(4), (int) s[1],
                s[0] / s[1])));
        return out;
    }
}
