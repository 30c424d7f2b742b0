package org.svosim.agents.backend;

import java.time.Duration;

/**
 * Where an agent's model lives: one entry of the config's {@code backends} section.
 * Keys are never held here, only the name of the environment variable that holds them.
 */
public sealed interface BackendSpec
        permits BackendSpec.OpenAi, BackendSpec.Ollama, BackendSpec.Anthropic, BackendSpec.Simulated {

    /** Provider id as written in configs and tables: openai, ollama, anthropic, simulated. */
    String provider();

    /** The model id sent to the provider (or "simulated-agent"). */
    String model();

    /** The endpoint's base URL ("" for the simulated agent, which has none). */
    String baseUrl();

    /** The sampling settings sent with every request (all provider defaults for the simulated agent). */
    SamplingParameters sampling();

    /** OpenAI chat completions, or any server speaking that wire format (vLLM, llama.cpp, LM Studio). */
    record OpenAi(String model, String baseUrl, String apiKeyEnv, SamplingParameters sampling, Duration timeout)
            implements BackendSpec {
        public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";

        @Override
        public String provider() {
            return "openai";
        }
    }

    /** A local or remote Ollama server (native /api/chat wire format). */
    record Ollama(String model, String baseUrl, SamplingParameters sampling, Duration timeout) implements BackendSpec {
        public static final String DEFAULT_BASE_URL = "http://localhost:11434";

        @Override
        public String provider() {
            return "ollama";
        }
    }

    /** Anthropic's Messages API. */
    record Anthropic(String model, String baseUrl, String apiKeyEnv, SamplingParameters sampling, Duration timeout)
            implements BackendSpec {
        public static final String DEFAULT_BASE_URL = "https://api.anthropic.com/v1/";

        @Override
        public String provider() {
            return "anthropic";
        }
    }

    /** The built-in simulated agent: not a language model; for dry runs and tests. */
    record Simulated(SimulatedAgentSettings settings) implements BackendSpec {
        @Override
        public String provider() {
            return "simulated";
        }

        @Override
        public String model() {
            return "simulated-agent";
        }

        @Override
        public String baseUrl() {
            return "";
        }

        @Override
        public SamplingParameters sampling() {
            return SamplingParameters.defaults();
        }
    }
}
