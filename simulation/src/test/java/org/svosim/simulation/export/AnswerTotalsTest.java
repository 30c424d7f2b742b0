package org.svosim.simulation.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.svosim.simulation.store.RunReader;
import org.svosim.simulation.store.SampleOutcomes;

class AnswerTotalsTest {
    @TempDir
    Path dir;

    @Test
    void totalsSummedInTheDatabaseEqualThoseOfEveryDecisionFedIn() {
        Path db = dir.resolve("run.db");
        SampleOutcomes.writeFinishedRun(db);
        Set<Integer> primary = Set.of(1, 2, 3, 4, 5, 6);
        try (RunReader reader = RunReader.open(db)) {
            AnswerTotals fed = AnswerTotals.of(reader.decisions(), primary);
            AnswerTotals summed = AnswerTotals.read(reader, primary);
            assertThat(summed.trialIds()).isEqualTo(fed.trialIds()).isNotEmpty();
            for (String id : fed.trialIds()) {
                AnswerTotals.TrialAnswers a = fed.of(id);
                AnswerTotals.TrialAnswers b = summed.of(id);
                assertThat(new double[] {b.answers(), b.invalid(), b.reasked(), b.extractor(), b.primaryWithPayoffs(),
                        b.payoffSelf(), b.payoffOther()}).as(id).containsExactly(a.answers(), a.invalid(), a.reasked(),
                        a.extractor(), a.primaryWithPayoffs(), a.payoffSelf(), a.payoffOther());
            }
            assertThat(summed.invalidAnswers()).isEqualTo(fed.invalidAnswers()).isNotEmpty();
        }
    }
}
