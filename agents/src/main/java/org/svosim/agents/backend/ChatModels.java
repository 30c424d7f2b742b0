package org.svosim.agents.backend;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.util.Objects;
import java.util.function.Function;
import org.svosim.agents.traffic.RetryAfterHttpClient;
import org.svosim.agents.traffic.RetryAfterHttpClientBuilder;

/**
 * Builds the LangChain4j {@link ChatModel} for a real backend. Every model uses svo-sim's
 * {@link RetryAfterHttpClient}: HTTP/1.1 only (the JDK client's default {@code Upgrade: h2c}
 * request over plain http is answered by uvicorn-based servers such as vLLM and LM Studio by
 * dropping the body), blocking calls on the caller's thread over Apache HttpClient 5,
 * makes exactly one HTTP attempt per call ({@code maxRetries(0)}: the project owns retries)
 * and logs neither requests nor responses (they may carry keys).
 *
 * <p>Per provider:
 * <ul>
 *   <li>openai: {@code max_completion_tokens} is sent to the official endpoint (its reasoning
 *       models reject {@code max_tokens}); {@code max_tokens} to any other base URL, since
 *       OpenAI-compatible servers (vLLM, llama.cpp, LM Studio) all read that one.</li>
 *   <li>ollama: max tokens becomes {@code num_predict}; no key.</li>
 *   <li>anthropic: the API requires max tokens, so {@value #ANTHROPIC_DEFAULT_MAX_TOKENS} is
 *       sent when unset; the API has no seed, so a configured seed is not sent.</li>
 * </ul>
 * Key rules are in {@link ApiKeys}. A null timeout leaves LangChain4j's default (60 s).
 * The simulated backend is not built here: see {@code SimulatedChatModel}, made per trial.
 */
public final class ChatModels {
    /** Max tokens sent to Anthropic when the config sets none (the API requires a value). */
    public static final int ANTHROPIC_DEFAULT_MAX_TOKENS = 1024;
    /** The variable read for OpenAI's official endpoint when the spec names none. */
    public static final String OPENAI_KEY_VARIABLE = "OPENAI_API_KEY";
    /** The variable read for Anthropic's official endpoint when the spec names none. */
    public static final String ANTHROPIC_KEY_VARIABLE = "ANTHROPIC_API_KEY";

    private ChatModels() {
    }

    /**
     * The environment variable that must hold this backend's API key (see {@link ApiKeys}'s rules),
     * or null when the backend needs none (simulated, Ollama, a non-official endpoint with no
     * variable named). The runner checks it before the first call.
     */
    public static String requiredKeyVariable(BackendSpec spec) {
        if (spec instanceof BackendSpec.OpenAi o) {
            return ApiKeys.variable(o.apiKeyEnv(), OPENAI_KEY_VARIABLE,
                    ApiKeys.isOfficial(o.baseUrl(), BackendSpec.OpenAi.DEFAULT_BASE_URL));
        }
        if (spec instanceof BackendSpec.Anthropic a) {
            return ApiKeys.variable(a.apiKeyEnv(), ANTHROPIC_KEY_VARIABLE,
                    ApiKeys.isOfficial(a.baseUrl(), BackendSpec.Anthropic.DEFAULT_BASE_URL));
        }
        return null;
    }

    /**
     * @param spec        a real backend (openai, ollama or anthropic)
     * @param environment reads environment variables by name ({@code System::getenv} in production)
     * @throws MissingApiKeyException   when a needed key variable is unset or blank
     * @throws IllegalArgumentException for the simulated backend or a spec without a model id
     */
    public static ChatModel create(BackendSpec spec, Function<String, String> environment) {
        Objects.requireNonNull(spec, "backend spec");
        Objects.requireNonNull(environment, "environment");
        if (spec instanceof BackendSpec.Simulated) {
            throw new IllegalArgumentException("the simulated backend is not built by ChatModels.create: "
                    + "construct new SimulatedChatModel(settings, trialSeed) once per trial");
        }
        requireModel(spec);
        if (spec instanceof BackendSpec.OpenAi) {
            return openAi((BackendSpec.OpenAi) spec, environment);
        }
        if (spec instanceof BackendSpec.Ollama) {
            return ollama((BackendSpec.Ollama) spec);
        }
        if (spec instanceof BackendSpec.Anthropic) {
            return anthropic((BackendSpec.Anthropic) spec, environment);
        }
        throw new IllegalArgumentException("unknown backend provider: " + spec.provider());
    }

    private static ChatModel openAi(BackendSpec.OpenAi spec, Function<String, String> environment) {
        boolean official = ApiKeys.isOfficial(spec.baseUrl(), BackendSpec.OpenAi.DEFAULT_BASE_URL);
        String key = ApiKeys.resolve(spec.provider(), spec.apiKeyEnv(), OPENAI_KEY_VARIABLE, official, environment);
        SamplingParameters s = sampling(spec.sampling());
        OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                .httpClientBuilder(http11())
                .baseUrl(orDefault(spec.baseUrl(), BackendSpec.OpenAi.DEFAULT_BASE_URL))
                .apiKey(key)
                .modelName(spec.model())
                .temperature(s.temperature())
                .topP(s.topP())
                .seed(s.seed())
                .timeout(spec.timeout())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false);
        if (official) {
            builder.maxCompletionTokens(s.maxTokens());
        } else {
            builder.maxTokens(s.maxTokens());
        }
        return builder.build();
    }

    private static ChatModel ollama(BackendSpec.Ollama spec) {
        SamplingParameters s = sampling(spec.sampling());
        return OllamaChatModel.builder()
                .httpClientBuilder(http11())
                .baseUrl(orDefault(spec.baseUrl(), BackendSpec.Ollama.DEFAULT_BASE_URL))
                .modelName(spec.model())
                .temperature(s.temperature())
                .topP(s.topP())
                .numPredict(s.maxTokens())
                .seed(s.seed())
                .timeout(spec.timeout())
                .logRequests(false)
                .logResponses(false)
                .maxRetries(0)
                .build();
    }

    private static ChatModel anthropic(BackendSpec.Anthropic spec, Function<String, String> environment) {
        boolean official = ApiKeys.isOfficial(spec.baseUrl(), BackendSpec.Anthropic.DEFAULT_BASE_URL);
        String key = ApiKeys.resolve(spec.provider(), spec.apiKeyEnv(), ANTHROPIC_KEY_VARIABLE, official, environment);
        SamplingParameters s = sampling(spec.sampling());
        return AnthropicChatModel.builder()
                .httpClientBuilder(http11())
                .baseUrl(orDefault(spec.baseUrl(), BackendSpec.Anthropic.DEFAULT_BASE_URL))
                .apiKey(key)
                .modelName(spec.model())
                .temperature(s.temperature())
                .topP(s.topP())
                .maxTokens(s.maxTokens() == null ? ANTHROPIC_DEFAULT_MAX_TOKENS : s.maxTokens())
                .timeout(spec.timeout())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false)
                .build();
    }

    /**
     * A fresh HTTP client builder per model: HTTP/1.1 only (an h2c upgrade makes
     * some local servers drop the body), keeping {@code Retry-After} on errors for the traffic layer.
     */
    private static RetryAfterHttpClientBuilder http11() {
        return RetryAfterHttpClient.builder();
    }

    private static void requireModel(BackendSpec spec) {
        if (ApiKeys.isBlank(spec.model())) {
            throw new IllegalArgumentException("backend '" + spec.provider()
                    + "' has no model id (expected e.g. model: gpt-4o-mini, llama3.1:8b, claude-sonnet-4-5)");
        }
    }

    private static SamplingParameters sampling(SamplingParameters sampling) {
        return sampling == null ? SamplingParameters.defaults() : sampling;
    }

    private static String orDefault(String baseUrl, String fallback) {
        return ApiKeys.isBlank(baseUrl) ? fallback : baseUrl.trim();
    }
}
