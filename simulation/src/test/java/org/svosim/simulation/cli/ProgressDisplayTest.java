package org.svosim.simulation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.svosim.simulation.engine.RunEvent;
import org.svosim.simulation.run.TrialStatus;

class ProgressDisplayTest {

    @Test
    void withoutATerminalItWritesOneLineAtEveryTenthOfThePlanWithTheTotalsSoFar() {
        StringWriter out = new StringWriter();
        int planned = 20;
        try (ProgressDisplay display = ProgressDisplay.start("exp", planned, true, new PrintWriter(out))) {
            int valid = 0;
            int invalid = 0;
            for (int k = 1; k <= planned; k++) {
                TrialStatus status = k == 7 ? TrialStatus.INVALID : TrialStatus.VALID;
                if (status == TrialStatus.VALID) {
                    valid++;
                } else {
                    invalid++;
                }
                display.on(new RunEvent.TrialStored("t" + k, status, 6, 900, 100,
                        new RunEvent.Progress(planned, valid, invalid, 0), 0.25 * k));
            }
        }
        String[] lines = out.toString().split("\\R");
        assertThat(lines).hasSize(10);
        assertThat(lines[0]).isEqualTo("2/20 trials (valid 2, invalid 0, failed 0 | 12 calls, 2000 tokens, $0.5000)");
        assertThat(lines[3]).isEqualTo("8/20 trials (valid 7, invalid 1, failed 0 | 48 calls, 8000 tokens, $2.0000)");
        assertThat(lines[9]).isEqualTo("20/20 trials (valid 19, invalid 1, failed 0 | 120 calls, 20.0k tokens, $5.0000)");
    }
}
