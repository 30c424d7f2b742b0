package org.svosim.simulation.config;

import static org.svosim.simulation.config.ConfigField.choice;
import static org.svosim.simulation.config.ConfigField.integer;
import static org.svosim.simulation.config.ConfigField.number;
import static org.svosim.simulation.config.ConfigField.of;

import java.util.List;
import java.util.Map;
import org.svosim.agents.backend.BackendSpec;

/** The fields of one entry of {@code backends}, per provider (configs/README.md, "Backends"). */
final class BackendFields {
    static final List<String> PROVIDERS = List.of("simulated", "openai", "ollama", "anthropic");

    static final ConfigField PROVIDER = choice("provider", PROVIDERS,
            "Where answers come from: simulated (a seeded rule-based agent, not an LLM), openai (also any"
                    + " OpenAI-compatible server), ollama or anthropic.").asRequired();
    static final ConfigField FIDELITY = number("fidelity", Range.between(0, 1),
            "How fully the induced value is followed.").defaultsTo(0.9);
    static final ConfigField PULL_ANGLE = number("pull_angle", Range.between(-180, 180),
            "Angle (degrees) the agent drifts to when fidelity < 1.").defaultsTo(25.0);
    static final ConfigField NOISE = number("noise", Range.atLeast(0),
            "Softmax temperature in payoff units (0 = always a best option).").defaultsTo(2.0);
    static final ConfigField MALFORMED_RATE = number("malformed_rate", Range.between(0, 1),
            "Share of replies with no usable answer.").defaultsTo(0.02);

    static final ConfigField MODEL = of("model", FieldType.NON_BLANK_TEXT,
            "The model id the server serves, e.g. gpt-4o-mini or llama3.1:8b.").asRequired();
    static final ConfigField BASE_URL = of("base_url", FieldType.URL,
            "The server's http:// or https:// URL.");
    static final ConfigField API_KEY_ENV = of("api_key_env", FieldType.ENV_NAME,
            "The NAME of the environment variable holding the API key, never the key itself (default: the"
                    + " provider's usual variable for its own URL, none for any other base_url).");
    static final ConfigField TEMPERATURE = number("temperature", Range.between(0, 2),
            "Sampling temperature (default: the provider's).");
    static final ConfigField TOP_P = number("top_p", Range.aboveAndAtMost(0, 1),
            "Nucleus sampling share (default: the provider's).");
    static final ConfigField MAX_TOKENS = integer("max_tokens", Range.atLeast(1),
            "Maximum tokens per reply (default: the provider's).");
    static final ConfigField SEED = integer("seed", Range.between(Integer.MIN_VALUE, Integer.MAX_VALUE),
            "Sampling seed passed to the provider (32-bit integer).");
    static final ConfigField TIMEOUT_SECONDS = number("timeout_seconds", Range.greaterThan(0),
            "Longest one request may take, from its start (connecting included) to the last byte of the"
                    + " reply, in seconds.").defaultsTo(60.0);

    static final ConfigField MAX_IN_FLIGHT = integer("max_in_flight", Range.between(1, 4096),
            "Most requests in flight at once to this endpoint (default: the experiment's concurrency).");
    static final ConfigField REQUESTS_PER_MINUTE = integer("requests_per_minute", Range.atLeast(0),
            "Most requests sent in any 60-second window, shared by every agent on this endpoint (0 = no limit)."
    ).defaultsTo(0L);
    static final ConfigField TOKENS_PER_MINUTE = integer("tokens_per_minute", Range.atLeast(0),
            "Most tokens (prompt + reply; estimated before a call, corrected by the reported usage) in any"
                    + " 60-second window (0 = no limit).").defaultsTo(0L);
    static final ConfigField RATE_WINDOW_SECONDS = number("rate_window_seconds", Range.greaterThan(0),
            "Length of the sliding window of requests_per_minute and tokens_per_minute, in seconds (60; set e.g."
                    + " 1 with per-second limits, which then count per window).").defaultsTo(60.0);
    static final ConfigField BREAKER_FAILURES = integer("breaker_failures", Range.between(1, 1000),
            "Consecutive failed attempts (429, 5xx, timeouts, connection errors) that pause the endpoint.")
            .defaultsTo(5L);
    static final ConfigField BREAKER_COOL_DOWN_SECONDS = number("breaker_cool_down_seconds", Range.greaterThan(0),
            "How long a paused endpoint waits before one probe request; success resumes it.").defaultsTo(30.0);
    static final ConfigField MAX_ATTEMPTS = integer("max_attempts", Range.between(1, 20),
            "Attempts per call on 429, 5xx, timeouts and connection errors, with exponential backoff, jitter"
                    + " and Retry-After honoured.").defaultsTo(5L);
    static final ConfigField RETRY_BUDGET = number("retry_budget", Range.atLeast(0),
            "Retries the whole run may add, as a share of first attempts (0.2 = at most 20% more requests,"
                    + " plus 10).").defaultsTo(0.2);
    static final ConfigField PRICE_INPUT = number("price_input_per_million", Range.atLeast(0),
            "USD per million prompt tokens of this backend's model (for costs and budget_usd).");
    static final ConfigField PRICE_OUTPUT = number("price_output_per_million", Range.atLeast(0),
            "USD per million completion tokens of this backend's model.");

    static final FieldSet SIMULATED = FieldSet.of("a simulated backend", PROVIDER, FIDELITY, PULL_ANGLE, NOISE,
            MALFORMED_RATE, SimulatedJudgeFields.MISS_NONE, SimulatedJudgeFields.MISS_UNTARGETED,
            SimulatedJudgeFields.MISS_TARGETED, SimulatedJudgeFields.REFUSAL, SimulatedJudgeFields.AGREE,
            SimulatedJudgeFields.OWN_AGREE, SimulatedJudgeFields.VOICE);
    static final FieldSet OPENAI = FieldSet.of("an openai backend", PROVIDER, MODEL,
            BASE_URL.defaultsTo(BackendSpec.OpenAi.DEFAULT_BASE_URL), API_KEY_ENV, TEMPERATURE, TOP_P, MAX_TOKENS,
            SEED, TIMEOUT_SECONDS, MAX_IN_FLIGHT, REQUESTS_PER_MINUTE, TOKENS_PER_MINUTE, RATE_WINDOW_SECONDS, MAX_ATTEMPTS,
            RETRY_BUDGET, BREAKER_FAILURES, BREAKER_COOL_DOWN_SECONDS, PRICE_INPUT, PRICE_OUTPUT);
    static final FieldSet OLLAMA = FieldSet.of("an ollama backend (it needs no API key)", PROVIDER, MODEL,
            BASE_URL.defaultsTo(BackendSpec.Ollama.DEFAULT_BASE_URL), TEMPERATURE, TOP_P, MAX_TOKENS, SEED,
            TIMEOUT_SECONDS, MAX_IN_FLIGHT, REQUESTS_PER_MINUTE, TOKENS_PER_MINUTE, RATE_WINDOW_SECONDS, MAX_ATTEMPTS,
            RETRY_BUDGET, BREAKER_FAILURES, BREAKER_COOL_DOWN_SECONDS, PRICE_INPUT, PRICE_OUTPUT);
    static final FieldSet ANTHROPIC = FieldSet.of("an anthropic backend (it has no seed)", PROVIDER, MODEL,
            BASE_URL.defaultsTo(BackendSpec.Anthropic.DEFAULT_BASE_URL), API_KEY_ENV,
            TEMPERATURE.withRange(Range.between(0, 1), "Sampling temperature, 0 to 1 for Anthropic"
                    + " (default: the provider's)."), TOP_P, MAX_TOKENS, TIMEOUT_SECONDS, MAX_IN_FLIGHT,
            REQUESTS_PER_MINUTE, TOKENS_PER_MINUTE, RATE_WINDOW_SECONDS, MAX_ATTEMPTS, RETRY_BUDGET, BREAKER_FAILURES,
            BREAKER_COOL_DOWN_SECONDS, PRICE_INPUT, PRICE_OUTPUT);

    /** The field set of each provider, in {@link #PROVIDERS} order. */
    static final Map<String, FieldSet> BY_PROVIDER = Map.of("simulated", SIMULATED, "openai", OPENAI,
            "ollama", OLLAMA, "anthropic", ANTHROPIC);

    private BackendFields() {
    }
}
