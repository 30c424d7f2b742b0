package org.svosim.simulation.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.svosim.agents.backend.BackendSpec;
import org.svosim.agents.backend.SamplingParameters;
import org.svosim.agents.backend.SimulatedAgentSettings;

/** Reads the {@code backends} section: backend name -> {@link BackendSpec}, in config order. */
final class BackendSection {
    static final List<String> PROVIDERS = List.of("simulated", "openai", "ollama", "anthropic");
    static final String DEFAULT_OPENAI_KEY = "OPENAI_API_KEY";
    static final String DEFAULT_ANTHROPIC_KEY = "ANTHROPIC_API_KEY";

    private static final List<String> SIMULATED_FIELDS =
            List.of("provider", "fidelity", "pull_angle", "noise", "malformed_rate");
    private static final List<String> OPENAI_FIELDS = List.of("provider", "model", "base_url", "api_key_env",
            "temperature", "top_p", "max_tokens", "seed", "timeout_seconds");
    private static final List<String> OLLAMA_FIELDS = List.of("provider", "model", "base_url",
            "temperature", "top_p", "max_tokens", "seed", "timeout_seconds");
    private static final List<String> ANTHROPIC_FIELDS = List.of("provider", "model", "base_url", "api_key_env",
            "temperature", "top_p", "max_tokens", "timeout_seconds");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private BackendSection() {
    }

    static Map<String, BackendSpec> read(ConfigNode section) {
        Map<String, BackendSpec> backends = new LinkedHashMap<>();
        if (!section.expectObject("a mapping of backend name to backend settings")) {
            return backends;
        }
        if (section.fieldNames().isEmpty()) {
            section.problem("must define at least one backend");
        }
        for (String name : section.fieldNames()) {
            ConfigNode entry = section.get(name);
            if (!ConfigNode.NAME.matcher(name).matches()) {
                entry.problem("backend name '" + name + "' is not allowed: use " + ConfigNode.NAME_RULE);
            }
            BackendSpec spec = readOne(entry);
            if (spec != null) {
                backends.put(name, spec);
            }
        }
        return backends;
    }

    private static BackendSpec readOne(ConfigNode b) {
        if (!b.isPresent()) {
            b.problem("has no settings (expected a mapping with at least 'provider')");
            return null;
        }
        if (!b.expectObject("a mapping of backend settings with at least 'provider'")) {
            return null;
        }
        String provider = b.require("provider", "one of " + String.join(", ", PROVIDERS)).oneOf("provider", PROVIDERS);
        if (provider == null) {
            return null;
        }
        switch (provider) {
            case "simulated":
                return simulated(b);
            case "openai":
                b.allowOnly(OPENAI_FIELDS, "an openai backend");
                return new BackendSpec.OpenAi(model(b), url(b, BackendSpec.OpenAi.DEFAULT_BASE_URL),
                        keyEnv(b, DEFAULT_OPENAI_KEY), sampling(b, 2), timeout(b));
            case "ollama":
                b.allowOnly(OLLAMA_FIELDS, "an ollama backend (it needs no API key)");
                return new BackendSpec.Ollama(model(b), url(b, BackendSpec.Ollama.DEFAULT_BASE_URL),
                        sampling(b, 2), timeout(b));
            default:
                b.allowOnly(ANTHROPIC_FIELDS, "an anthropic backend (it has no seed)");
                return new BackendSpec.Anthropic(model(b), url(b, BackendSpec.Anthropic.DEFAULT_BASE_URL),
                        keyEnv(b, DEFAULT_ANTHROPIC_KEY), sampling(b, 1), timeout(b));
        }
    }

    private static BackendSpec simulated(ConfigNode b) {
        b.allowOnly(SIMULATED_FIELDS, "a simulated backend");
        double fidelity = ConfigNode.orDefault(b.get("fidelity").number(Range.between(0, 1)), 0.9);
        double pull = ConfigNode.orDefault(b.get("pull_angle").number(Range.between(-180, 180)), 25.0);
        double noise = ConfigNode.orDefault(b.get("noise").number(Range.atLeast(0)), 2.0);
        double malformed = ConfigNode.orDefault(b.get("malformed_rate").number(Range.between(0, 1)), 0.02);
        return new BackendSpec.Simulated(new SimulatedAgentSettings(fidelity, pull, noise, malformed));
    }

    private static String model(ConfigNode b) {
        return b.require("model", "the model id the provider serves, e.g. gpt-4o-mini").nonBlank("a model id");
    }

    private static String url(ConfigNode b, String fallback) {
        ConfigNode field = b.get("base_url");
        String text = field.nonBlank("an http(s) URL");
        if (text == null) {
            return fallback;
        }
        try {
            URI uri = new URI(text.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return text.trim();
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        field.problem("expected an http(s) URL such as http://localhost:8000/v1, got '" + text + "'");
        return fallback;
    }

    /** The named key variable, or null when not given (the agents module then applies its default rules). */
    private static String keyEnv(ConfigNode b, String fallback) {
        ConfigNode field = b.get("api_key_env");
        String name = field.text("the name of an environment variable");
        if (name != null && !ENV_NAME.matcher(name).matches()) {
            field.problem("expected the name of the environment variable that holds the key (e.g. " + fallback
                    + "), not the key itself; got a value that is not a variable name");
            return fallback;
        }
        return name;
    }

    private static SamplingParameters sampling(ConfigNode b, double maxTemperature) {
        return new SamplingParameters(
                b.get("temperature").number(Range.between(0, maxTemperature)),
                b.get("top_p").number(Range.aboveAndAtMost(0, 1)),
                b.get("max_tokens").smallInteger(Range.atLeast(1)),
                b.get("seed").smallInteger(Range.any()));
    }

    private static Duration timeout(ConfigNode b) {
        double seconds = ConfigNode.orDefault(b.get("timeout_seconds").number(Range.greaterThan(0)), 60.0);
        return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
    }
}
