package org.svosim.simulation.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.simulation.config.ApiKeyCheck;
import org.svosim.simulation.config.ConfigException;
import org.svosim.simulation.config.ConfigLoader;
import org.svosim.simulation.config.ExperimentConfig;

/** Loads configs for the commands with the agents module's template names and the process environment. */
final class Configs {
    private Configs() {
    }

    static ExperimentConfig load(Path file) throws ConfigException {
        return new ConfigLoader().load(file, Set.copyOf(PromptTemplates.defaults().names()));
    }

    static List<String> missingApiKeys(ExperimentConfig config) {
        return ApiKeyCheck.missingApiKeys(config, System::getenv);
    }
}
