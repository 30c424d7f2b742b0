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
import org.svosim.agents.traffic.RetryPolicy;
import org.svosim.agents.traffic.TrafficSettings;

/** Reads the {@code backends} section: backend name -> {@link BackendSpec}, in config order. */
final class BackendSection {
    static final String DEFAULT_OPENAI_KEY = "OPENAI_API_KEY";
    static final String DEFAULT_ANTHROPIC_KEY = "ANTHROPIC_API_KEY";

    static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

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
            BackendSpec spec = readOne(entry, name);
            if (spec != null) {
                backends.put(name, spec);
            }
        }
        return backends;
    }

    /**
     * The endpoint settings of every backend read by {@link #read}: traffic limits, retry policy
     * and price. Problems were reported by {@link #read} (unknown fields) or are reported here
     * (ranges, a price given halfway).
     */
    static Map<String, EndpointSettings> readEndpoints(ConfigNode section, Map<String, BackendSpec> specs,
                                                       int concurrency) {
        Map<String, EndpointSettings> endpoints = new LinkedHashMap<>();
        for (Map.Entry<String, BackendSpec> e : specs.entrySet()) {
            if (e.getValue() instanceof BackendSpec.Simulated) {
                endpoints.put(e.getKey(), new EndpointSettings(null, new TokenPrice(0.0, 0.0)));
            } else {
                endpoints.put(e.getKey(), endpoint(section.get(e.getKey()), e.getValue(), concurrency));
            }
        }
        return endpoints;
    }

    private static EndpointSettings endpoint(ConfigNode b, BackendSpec spec, int concurrency) {
        Integer maxInFlight = FieldReads.smallInteger(b, BackendFields.MAX_IN_FLIGHT);
        long requests = FieldReads.integer(b, BackendFields.REQUESTS_PER_MINUTE);
        long tokens = FieldReads.integer(b, BackendFields.TOKENS_PER_MINUTE);
        int attempts = FieldReads.smallInteger(b, BackendFields.MAX_ATTEMPTS);
        double budget = FieldReads.number(b, BackendFields.RETRY_BUDGET);
        Double in = FieldReads.number(b, BackendFields.PRICE_INPUT);
        Double out = FieldReads.number(b, BackendFields.PRICE_OUTPUT);
        if ((in == null) != (out == null)) {
            b.get(in == null ? BackendFields.PRICE_OUTPUT.name() : BackendFields.PRICE_INPUT.name())
                    .problem("give both price_input_per_million and price_output_per_million, or neither");
        }
        RetryPolicy d = RetryPolicy.defaults();
        Duration perCall = timeout(b);
        Duration window = seconds(FieldReads.number(b, BackendFields.RATE_WINDOW_SECONDS));
        TrafficSettings defaults = TrafficSettings.defaults();
        TrafficSettings traffic = defaults
                .withMaxInFlight(Math.min(maxInFlight == null ? concurrency : maxInFlight, concurrency))
                .withRateLimits((int) Math.min(requests, Integer.MAX_VALUE), tokens, window)
                .withBreaker(FieldReads.smallInteger(b, BackendFields.BREAKER_FAILURES),
                        seconds(FieldReads.number(b, BackendFields.BREAKER_COOL_DOWN_SECONDS)),
                        defaults.breakerMaxWait())
                .withRetry(new RetryPolicy(attempts, d.initialBackoff(), d.maxBackoff(), d.multiplier(), d.jitter(),
                        perCall))
                .withRetryBudget(budget, defaults.retryBudgetFloor());
        return new EndpointSettings(traffic, new TokenPrice(in, out));
    }

    private static BackendSpec readOne(ConfigNode b, String name) {
        if (!b.isPresent()) {
            b.problem("has no settings (expected a mapping with at least 'provider')");
            return null;
        }
        if (!b.expectObject("a mapping of backend settings with at least 'provider'")) {
            return null;
        }
        List<String> providers = BackendFields.PROVIDERS;
        String provider = b.require(BackendFields.PROVIDER.name(), "one of " + String.join(", ", providers))
                .oneOf("provider", providers);
        if (provider == null) {
            return null;
        }
        FieldSet fields = BackendFields.BY_PROVIDER.get(provider);
        b.allowOnly(fields);
        switch (provider) {
            case "simulated":
                return simulated(b, name);
            case "openai":
                return new BackendSpec.OpenAi(model(b), url(b, fields), keyEnv(b, DEFAULT_OPENAI_KEY),
                        sampling(b, fields), timeout(b));
            case "ollama":
                return new BackendSpec.Ollama(model(b), url(b, fields), sampling(b, fields), timeout(b));
            default:
                return new BackendSpec.Anthropic(model(b), url(b, fields), keyEnv(b, DEFAULT_ANTHROPIC_KEY),
                        sampling(b, fields), timeout(b));
        }
    }

    private static BackendSpec simulated(ConfigNode b, String name) {
        double fidelity = FieldReads.number(b, BackendFields.FIDELITY);
        double pull = FieldReads.number(b, BackendFields.PULL_ANGLE);
        double noise = FieldReads.number(b, BackendFields.NOISE);
        double malformed = FieldReads.number(b, BackendFields.MALFORMED_RATE);
        return new BackendSpec.Simulated(new SimulatedAgentSettings(fidelity, pull, noise, malformed)
                .withJudge(SimulatedJudgeFields.read(b, name)));
    }

    private static String model(ConfigNode b) {
        return b.require(BackendFields.MODEL.name(), "the model id the provider serves, e.g. gpt-4o-mini")
                .nonBlank("a model id");
    }

    private static String url(ConfigNode b, FieldSet fields) {
        ConfigField declared = fields.field(BackendFields.BASE_URL.name());
        String fallback = (String) declared.defaultValue();
        ConfigNode field = b.get(declared.name());
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
        ConfigNode field = b.get(BackendFields.API_KEY_ENV.name());
        String name = field.text("the name of an environment variable");
        if (name != null && !ENV_NAME.matcher(name).matches()) {
            field.problem("expected the name of the environment variable that holds the key (e.g. " + fallback
                    + "), not the key itself; got a value that is not a variable name");
            return fallback;
        }
        return name;
    }

    /** Sampling settings with the ranges of the provider's field set; seed only where the provider has one. */
    private static SamplingParameters sampling(ConfigNode b, FieldSet fields) {
        boolean hasSeed = fields.names().contains(BackendFields.SEED.name());
        return new SamplingParameters(
                FieldReads.number(b, fields.field(BackendFields.TEMPERATURE.name())),
                FieldReads.number(b, fields.field(BackendFields.TOP_P.name())),
                FieldReads.smallInteger(b, fields.field(BackendFields.MAX_TOKENS.name())),
                hasSeed ? FieldReads.smallInteger(b, fields.field(BackendFields.SEED.name())) : null);
    }

    private static Duration timeout(ConfigNode b) {
        return seconds(FieldReads.number(b, BackendFields.TIMEOUT_SECONDS));
    }

    private static Duration seconds(double seconds) {
        return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
    }
}
