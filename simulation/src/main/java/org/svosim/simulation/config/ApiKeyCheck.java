package org.svosim.simulation.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.svosim.agents.backend.BackendSpec;
import org.svosim.agents.backend.ChatModels;

/**
 * Which API key variables a config needs but the environment lacks. Checked by the runner
 * before the first call, not by the loader, so that configs can be validated anywhere.
 */
public final class ApiKeyCheck {

    private ApiKeyCheck() {
    }

    /**
     * The names of the environment variables (each once, in backend order) that the used
     * backends read their key from and that are unset or blank. Ollama and simulated
     * backends need no key; an openai backend with a non-default {@code base_url} (a local
     * OpenAI-compatible server) may run without one and is skipped.
     *
     * @param env looks up an environment variable, e.g. {@code System::getenv}
     */
    public static List<String> missingApiKeys(ExperimentConfig config, Function<String, String> env) {
        List<String> missing = new ArrayList<>();
        for (String name : config.usedBackends()) {
            String variable = keyVariable(config.backends().get(name));
            String value = variable == null ? null : env.apply(variable);
            if (variable != null && (value == null || value.isBlank()) && !missing.contains(variable)) {
                missing.add(variable);
            }
        }
        return missing;
    }

    private static String keyVariable(BackendSpec spec) {
        return ChatModels.requiredKeyVariable(spec);
    }
}
