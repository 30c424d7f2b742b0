package org.svosim.simulation.population;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.svosim.games.assess.DecisionAssessment;
import org.svosim.games.play.Choice;
import org.svosim.simulation.export.Column;
import org.svosim.simulation.export.CsvCells;
import org.svosim.simulation.export.PopulationColumns;
import org.svosim.simulation.export.CsvTable;
import org.svosim.simulation.export.OutputTable;

/** Writes rounds.csv, agents.csv and pair_rates.csv of a population run ({@link PopulationColumns}). */
final class PopulationCsv {
    private PopulationCsv() {
    }

    static void rounds(Path dir, List<PlayedDecision> decisions) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (PlayedDecision d : decisions) {
            MoveReply r = d.reply();
            DecisionAssessment a = d.assessment();
            Choice choice = d.question().choice();
            rows.add(Arrays.asList(d.match().plan().matchId(), d.match().plan().game().label(),
                    String.valueOf(d.round()), String.valueOf(r.turn()), String.valueOf(r.player()), r.agent(),
                    d.decider().group(), d.decider().backend(), CsvCells.number(d.decider().value().degrees()),
                    String.join("~", d.partners().stream().map(Member::name).toList()), d.partnerGroups(),
                    d.question().role(), r.ok() ? choice.describe(r.answer()) : null, CsvCells.number(r.answer()),
                    r.failure(),
                    d.roundPay() == null ? null : CsvCells.number(d.roundPay().get(r.player())),
                    d.roundPay() == null ? null : CsvCells.number(d.roundPay().meanOfOthers(r.player())),
                    a == null ? null : described(choice, a.answers(), a.bestExPost()),
                    a == null ? null : described(choice, a.answers(), a.bestUniform()),
                    a == null ? null : CsvCells.flag(a.bestExPostChosen()),
                    a == null ? null : CsvCells.flag(a.bestUniformChosen()),
                    a == null ? null : CsvCells.number(a.rationalityExPost()),
                    a == null ? null : CsvCells.number(a.rationalityUniform()),
                    String.valueOf(r.calls()), r.parseNote()));
        }
        write(dir, PopulationColumns.ROUNDS, rows);
    }

    static void agents(Path dir, List<Member> members, List<MatchRecord> matches, List<PlayedDecision> decisions)
            throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Member m : members) {
            int played = 0;
            double total = 0;
            for (MatchRecord match : matches) {
                int seat = match.plan().seats().indexOf(m.name());
                if (seat >= 0) {
                    played++;
                    total += match.payoffs().get(seat);
                }
            }
            int answered = 0;
            int failed = 0;
            double exPost = 0;
            double uniform = 0;
            for (PlayedDecision d : decisions) {
                if (d.decider().name().equals(m.name())) {
                    if (d.assessment() == null) {
                        failed++;
                    } else {
                        answered++;
                        exPost += d.assessment().rationalityExPost();
                        uniform += d.assessment().rationalityUniform();
                    }
                }
            }
            rows.add(Arrays.asList(m.name(), m.group(), m.backend(), CsvCells.number(m.value().degrees()),
                    String.valueOf(played), String.valueOf(answered), String.valueOf(failed), CsvCells.number(total),
                    played == 0 ? null : CsvCells.number(total / played),
                    answered == 0 ? null : CsvCells.number(exPost / answered),
                    answered == 0 ? null : CsvCells.number(uniform / answered)));
        }
        write(dir, PopulationColumns.AGENTS, rows);
    }

    static void pairRates(Path dir, List<PairRate> rates) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (PairRate p : rates) {
            rows.add(Arrays.asList(p.game(), p.role(), p.measure(), p.group(), p.partnerGroup(),
                    String.valueOf(p.decisions()), CsvCells.number(p.rate())));
        }
        write(dir, PopulationColumns.PAIR_RATES, rows);
    }

    static void write(Path dir, OutputTable table, List<List<String>> rows) throws IOException {
        CsvTable.write(dir.resolve(table.file()), Column.names(table.columns()), rows);
    }

    private static String described(Choice choice, List<Double> answers, List<Integer> positions) {
        List<String> out = new ArrayList<>();
        positions.forEach(i -> out.add(choice.describe(answers.get(i))));
        return String.join("|", out);
    }
}
