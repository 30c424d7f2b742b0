package org.svosim.simulation.bias;

import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.svosim.simulation.bias.scenario.BbqReader;
import org.svosim.simulation.bias.scenario.CrowsPairsReader;
import org.svosim.simulation.bias.scenario.CrowsPairsScenarios;
import org.svosim.simulation.bias.scenario.EmulatorCache;
import org.svosim.simulation.bias.scenario.GenericScenarioReader;
import org.svosim.simulation.bias.scenario.Loaded;
import org.svosim.simulation.bias.scenario.Scenario;
import org.svosim.simulation.bias.scenario.ScenarioEmulator;
import org.svosim.simulation.bias.scenario.ScenarioFilter;
import org.svosim.simulation.bias.scenario.ScenarioSampler;
import org.svosim.simulation.bias.scenario.ScenarioSourceException;
import org.svosim.simulation.config.BiasSettings;
import org.svosim.simulation.config.BiasSource;

/**
 * The scenarios of a probe: every source read (malformed rows skipped and kept), each source's
 * categories kept, the filters applied, then sampled per category with the run seed.
 */
public final class ProbeScenarios {

    /** Makes the emulator of a backend (only asked for emulated CrowS-Pairs sources). */
    @FunctionalInterface
    public interface Emulators {
        ScenarioEmulator of(String backend);
    }

    private ProbeScenarios() {
    }

    /**
     * The scenarios to judge, with the rows skipped.
     *
     * @throws ScenarioSourceException if a source cannot be read at all (missing file, no required column)
     */
    public static Loaded<Scenario> load(BiasSettings bias, long seed, Emulators emulators, EmulatorCache cache)
            throws ScenarioSourceException {
        Loaded<Scenario> all = new Loaded<>(List.of(), List.of(), 0);
        for (BiasSource source : bias.sources()) {
            Loaded<Scenario> read = read(source, emulators, cache);
            ScenarioFilter categories = new ScenarioFilter(source.categories(), Set.of(), Set.of(), Set.of());
            all = all.plus(new Loaded<>(categories.apply(read.values()), read.skipped(), read.rows()));
        }
        List<Scenario> kept = bias.filter().apply(all.values());
        List<Scenario> sampled = bias.samplePerCategory() == null ? kept
                : ScenarioSampler.perCategory(kept, bias.samplePerCategory(), seed);
        return new Loaded<>(sampled, all.skipped(), all.rows());
    }

    private static Loaded<Scenario> read(BiasSource source, Emulators emulators, EmulatorCache cache)
            throws ScenarioSourceException {
        if (!Files.exists(source.path())) {
            throw new ScenarioSourceException("bias source " + source.type() + ": no file or folder at " + source.path()
                    + " (paths are relative to the config file's folder)" + where(source.type()));
        }
        switch (source.type()) {
            case BiasSource.BBQ:
                return Files.isDirectory(source.path()) ? BbqReader.readFolder(source.path())
                        : BbqReader.read(source.path());
            case BiasSource.CROWS_PAIRS:
                var pairs = CrowsPairsReader.read(source.path());
                return source.emulated() ? CrowsPairsScenarios.emulated(pairs, emulators.of(source.emulator()), cache)
                        : CrowsPairsScenarios.direct(pairs);
            default:
                return GenericScenarioReader.read(source.path(), source.name());
        }
    }

    private static String where(String type) {
        if (BiasSource.BBQ.equals(type)) {
            return "; BBQ's data/*.jsonl files are at https://github.com/nyu-mll/BBQ";
        }
        if (BiasSource.CROWS_PAIRS.equals(type)) {
            return "; crows_pairs_anonymized.csv is at https://github.com/nyu-mll/crows-pairs";
        }
        return "";
    }
}
