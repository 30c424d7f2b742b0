package org.svosim.simulation.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.simulation.config.ApiKeyCheck;
import org.svosim.simulation.config.ConfigException;
import org.svosim.simulation.config.ConfigLoader;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.experiment.RunFolder;
import org.svosim.simulation.experiment.RunManifests;

/** Loads configs for the commands with the agents module's template names and the process environment. */
final class Configs {
    private Configs() {
    }

    static ExperimentConfig load(Path file) throws ConfigException {
        return new ConfigLoader().load(file, Set.copyOf(PromptTemplates.defaults().names()));
    }

    /**
     * The config of a run being resumed: the original file if it still exists unchanged (so that
     * relative paths such as templates_file resolve as they did), else the run's own copy.
     */
    static ExperimentConfig loadForResume(RunFolder folder) throws ConfigException {
        Path original = RunManifests.configFile(folder);
        try {
            if (original != null && Files.isRegularFile(original)
                    && Arrays.equals(Files.readAllBytes(original), Files.readAllBytes(folder.config()))) {
                return load(original);
            }
        } catch (IOException e) {
            // fall back to the run's copy, whose errors are reported with its own path
        }
        return load(folder.config());
    }

    static List<String> missingApiKeys(ExperimentConfig config) {
        return ApiKeyCheck.missingApiKeys(config, System::getenv);
    }
}
