package org.svosim.simulation.bias.output;

import java.io.IOException;
import java.util.Map;
import org.svosim.simulation.bias.BiasReader;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.experiment.RunFolder;
import org.svosim.simulation.export.AtomicFile;
import org.svosim.simulation.report.Codebook;

/** Derives everything in a probe's run folder from its database: tables, codebook, plots, report, manifest. */
public final class ProbeOutputs {
    /** The codebook's file name. */
    public static final String CODEBOOK = "codebook.md";

    private ProbeOutputs() {
    }

    /** Writes the outputs of the probe in {@code folder}; never calls a model. */
    public static void write(RunFolder folder, ExperimentConfig config) throws IOException {
        ProbeResults results;
        Map<String, String> facts;
        try (BiasReader reader = BiasReader.open(folder.database())) {
            results = ProbeResults.read(reader);
            facts = reader.facts();
        }
        BiasCsvs.write(folder.dir(), results);
        String codebook = Codebook.markdown(BiasColumns.all());
        AtomicFile.write(folder.dir().resolve(CODEBOOK), w -> w.write(codebook));
        BiasCharts.write(folder.plots(), results);
        BiasReport.write(folder.dir(), folder.plots(), config, facts, results);
        ProbeManifest.write(folder, config, facts, results);
    }
}
