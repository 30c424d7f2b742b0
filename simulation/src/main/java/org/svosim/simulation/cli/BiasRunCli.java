package org.svosim.simulation.cli;

import java.io.IOException;
import java.io.PrintWriter;
import org.svosim.simulation.bias.BiasRun;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.experiment.RunFolder;
import org.svosim.simulation.experiment.RunOptions;

/** {@code svo-sim run} for a config with a {@code bias} section: runs or resumes the probe and prints what it did. */
final class BiasRunCli {

    private BiasRunCli() {
    }

    /** The exit code: 0 when done, 2 for unreadable sources, 1 when calls failed or the run stopped early. */
    static int run(ExperimentConfig config, RunFolder resume, RunOptions options, PrintWriter err, PrintWriter out)
            throws IOException {
        BiasRun.Result r;
        try {
            r = resume != null ? BiasRun.resume(resume, config, options, System::getenv)
                    : BiasRun.start(config, options, System::getenv);
        } catch (IllegalArgumentException e) {
            err.println("svo-sim run: " + e.getMessage());
            return SvoSimCommand.EXIT_BAD_INPUT;
        }
        out.printf("bias probe: %d scenarios (%d malformed source rows skipped), %d calls answered, %d failed%n",
                r.scenarios(), r.skipped(), r.tally().answered(), r.tally().failed());
        if (r.tally().stopReason() != null || r.tally().failed() > 0) {
            out.printf("not complete (%s); continue with:%n  svo-sim run --resume %s%n",
                    r.tally().stopReason() != null ? r.tally().stopReason() : r.tally().failed() + " failed calls",
                    r.folder().dir());
        }
        out.printf("results: %s%n", r.folder().dir());
        return r.tally().stopReason() == null && r.tally().failed() == 0 ? 0 : SvoSimCommand.EXIT_FAILED;
    }
}
