package org.svosim.simulation.population;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.svosim.games.estimate.AngleEstimate;
import org.svosim.games.assess.DecisionAssessment;
import org.svosim.games.play.Choice;
import org.svosim.simulation.export.Column;
import org.svosim.simulation.export.ConsistencyColumns;
import org.svosim.simulation.export.CsvCells;
import org.svosim.simulation.export.PopulationColumns;
import org.svosim.simulation.export.CsvTable;
import org.svosim.simulation.export.OutputTable;

/** Writes rounds.csv, agents.csv, pair_rates.csv and slider_consistency.csv of a population run ({@link PopulationColumns}). */
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

    static void agents(Path dir, List<Member> members, List<MatchRecord> matches, List<PlayedDecision> decisions,
                       List<SliderResults> sliders, List<RevealedAngles> revealed, Map<String, AngleEstimate> joint)
            throws IOException {
        List<List<String>> rows = new ArrayList<>();
        Map<String, AngleEstimate> games = new HashMap<>();
        revealed.forEach(r -> games.put(r.member().name(), r.estimate()));
        Map<String, List<Seating>> seated = Seating.byAgent(matches);
        Map<String, List<PlayedDecision>> decided = new HashMap<>();
        decisions.forEach(d -> decided.computeIfAbsent(d.decider().name(), a -> new ArrayList<>()).add(d));
        for (int k = 0; k < members.size(); k++) {
            Member m = members.get(k);
            SliderResults slider = sliders.get(k);
            int played = 0;
            double total = 0;
            for (Seating s : seated.getOrDefault(m.name(), List.of())) {
                played++;
                total += s.match().payoffs().get(s.seat());
            }
            int answered = 0;
            int failed = 0;
            double exPost = 0;
            double uniform = 0;
            for (PlayedDecision d : decided.getOrDefault(m.name(), List.of())) {
                if (d.assessment() == null) {
                    failed++;
                } else {
                    answered++;
                    exPost += d.assessment().rationalityExPost();
                    uniform += d.assessment().rationalityUniform();
                }
            }
            AngleEstimate g = games.get(m.name());
            AngleEstimate j = joint.get(m.name());
            rows.add(Arrays.asList(m.name(), m.group(), m.backend(), CsvCells.number(m.value().degrees()),
                    String.valueOf(played), String.valueOf(answered), String.valueOf(failed), CsvCells.number(total),
                    played == 0 ? null : CsvCells.number(total / played),
                    answered == 0 ? null : CsvCells.number(exPost / answered),
                    answered == 0 ? null : CsvCells.number(uniform / answered),
                    slider.trial() == null ? null : CsvCells.label(slider.trial().status()),
                    CsvCells.number(slider.angle()), CsvCells.label(slider.category()),
                    g == null ? null : CsvCells.number(g.angle()), j == null ? null : CsvCells.number(j.angle()),
                    j == null ? null : CsvCells.flag(j.wholeCircle())));
        }
        write(dir, PopulationColumns.AGENTS, rows);
    }

    static void consistency(Path dir, List<Consistency> cells) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Consistency c : cells) {
            rows.add(Arrays.asList(c.backend(), c.valueLabel(), CsvCells.number(c.induced()),
                    CsvCells.label(c.inducedCategory()), String.valueOf(c.agents()), String.valueOf(c.sliderN()),
                    CsvCells.number(c.slider().value()), CsvCells.number(c.slider().low()),
                    CsvCells.number(c.slider().high()), CsvCells.number(c.sliderError()), String.valueOf(c.gamesN()), CsvCells.number(c.games().value()),
                    CsvCells.number(c.games().low()), CsvCells.number(c.games().high()), String.valueOf(c.jointN()),
                    CsvCells.number(c.joint().value()), CsvCells.number(c.sliderMinusInduced()),
                    CsvCells.number(c.gamesMinusInduced()), String.valueOf(c.pairedN()),
                    CsvCells.number(c.sliderVsGames().value()), CsvCells.number(c.sliderVsGames().low()),
                    CsvCells.number(c.sliderVsGames().high()), String.valueOf(c.categoryHits()),
                    CsvCells.number(c.categoryShare())));
        }
        write(dir, ConsistencyColumns.TABLE, rows);
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
