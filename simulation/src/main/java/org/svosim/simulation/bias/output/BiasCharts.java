package org.svosim.simulation.bias.output;

import java.io.IOException;
import java.nio.file.Path;

/** The probe's plots (rates by condition per judge, consistency and agreeability heat maps). */
final class BiasCharts {

    private BiasCharts() {
    }

    static void write(Path plots, ProbeResults results) throws IOException {
        // drawn in the next step
    }
}
