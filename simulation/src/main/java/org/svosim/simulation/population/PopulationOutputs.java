package org.svosim.simulation.population;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.svosim.games.estimate.AngleEstimate;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.experiment.RunFolder;
import org.svosim.simulation.export.AtomicFile;
import org.svosim.simulation.export.PopulationColumns;
import org.svosim.simulation.report.Codebook;
import org.svosim.simulation.report.CodebookWriter;

/**
 * Writes a population run's files from its matches: rounds.csv, agents.csv, pair_rates.csv,
 * revealed_angles.csv, slider_consistency.csv, codebook.md, the plots and report.html.
 */
final class PopulationOutputs {
    private PopulationOutputs() {
    }

    /** The CSV files, plots and codebook of the matches; returns the decisions. */
    static List<PlayedDecision> write(RunFolder folder, ExperimentConfig config, List<Member> members,
                                                     List<MatchRecord> matches) throws IOException {
        Map<String, Member> byName = new LinkedHashMap<>();
        members.forEach(m -> byName.put(m.name(), m));
        List<PlayedDecision> decisions = new ArrayList<>();
        for (MatchRecord m : matches) {
            decisions.addAll(PlayedDecision.of(m, byName));
        }
        PopulationCsv.rounds(folder.dir(), decisions);
        List<RevealedAngles> revealed = RevealedAngles.of(members, matches);
        List<SliderResults> sliders = SliderResults.read(folder.database(), members);
        Map<String, AngleEstimate> joint = RevealedAngles.joint(sliders, matches);
        PopulationCsv.agents(folder.dir(), members, matches, decisions, sliders, revealed, joint);
        List<PairRate> rates = PairRate.of(decisions);
        PopulationCsv.pairRates(folder.dir(), rates);
        RevealedAngles.write(folder.dir(), revealed);
        List<Consistency> consistency = Consistency.of(sliders, revealed, joint, config.seed());
        PopulationCsv.consistency(folder.dir(), consistency);
        PopulationCharts.draw(folder, members, matches, rates, revealed, sliders);
        String codebook = Codebook.markdown(PopulationColumns.ALL);
        AtomicFile.write(folder.dir().resolve(CodebookWriter.FILE), w -> w.write(codebook));
        PopulationReport.write(folder);
        return decisions;
    }

}
