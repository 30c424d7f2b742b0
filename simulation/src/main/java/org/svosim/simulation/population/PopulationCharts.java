package org.svosim.simulation.population;

import java.io.IOException;
import java.util.List;
import org.svosim.simulation.experiment.RunFolder;

/** The plots of a population run (in {@code plots/}). */
final class PopulationCharts {
    private PopulationCharts() {
    }

    static void draw(RunFolder folder, List<Member> members, List<MatchRecord> matches, List<PairRate> rates,
                     List<RevealedAngles> revealed) throws IOException {
    }
}
