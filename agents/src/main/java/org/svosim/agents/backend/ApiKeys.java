package org.svosim.agents.backend;

import java.util.function.Function;

/**
 * Reads a backend's API key from the environment.
 *
 * <p>Rules:
 * <ul>
 *   <li>If the spec names a variable, that variable must be set and non-blank, whatever the
 *       base URL; otherwise a {@link MissingApiKeyException} names it. A named variable that
 *       is empty is a configuration mistake, never silently replaced.</li>
 *   <li>If the spec names no variable and the backend points at the provider's official
 *       endpoint, the provider's conventional variable is used ({@code OPENAI_API_KEY},
 *       {@code ANTHROPIC_API_KEY}) under the same rule.</li>
 *   <li>If the spec names no variable and the base URL is not the official one (a local
 *       vLLM, llama.cpp or LM Studio server, a proxy), {@link #PLACEHOLDER} is sent: such
 *       servers usually ignore the key, and the client libraries refuse to send none.</li>
 * </ul>
 */
final class ApiKeys {
    /** The key sent to non-official endpoints when no key variable is configured. */
    static final String PLACEHOLDER = "no-key-configured";

    private ApiKeys() {
    }

    /**
     * @param provider    provider id, for the error message
     * @param apiKeyEnv   the variable named in the spec, or null/blank
     * @param conventional the provider's conventional variable name
     * @param official    whether the backend points at the provider's official endpoint
     * @param environment reads environment variables (System::getenv in production)
     */
    static String resolve(String provider, String apiKeyEnv, String conventional, boolean official,
                          Function<String, String> environment) {
        String variable = variable(apiKeyEnv, conventional, official);
        if (variable == null) {
            return PLACEHOLDER;
        }
        String value = environment.apply(variable);
        if (isBlank(value)) {
            throw new MissingApiKeyException(provider, variable);
        }
        return value.trim();
    }

    /** The variable that must hold the key under the rules above, or null if none is needed. */
    static String variable(String apiKeyEnv, String conventional, boolean official) {
        return isBlank(apiKeyEnv) ? (official ? conventional : null) : apiKeyEnv.trim();
    }

    /** Whether {@code baseUrl} is null/blank or equal to {@code official} up to trailing slashes. */
    static boolean isOfficial(String baseUrl, String official) {
        return isBlank(baseUrl) || stripSlashes(baseUrl).equalsIgnoreCase(stripSlashes(official));
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static String stripSlashes(String url) {
        String u = url.trim();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }
}
