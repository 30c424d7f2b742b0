package org.svosim.agents.backend;

/**
 * A backend needs an API key but the environment variable that should hold it is unset or
 * blank. The message names the variable, never a value.
 */
public final class MissingApiKeyException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final String provider;
    private final String variable;

    /**
     * @param provider the backend's provider id (e.g. "openai")
     * @param variable the name of the environment variable that is missing
     */
    public MissingApiKeyException(String provider, String variable) {
        super("backend '" + provider + "' needs an API key: environment variable " + variable
                + " is not set or is blank (set it to the key; keys are read only from environment variables)");
        this.provider = provider;
        this.variable = variable;
    }

    /** The provider id of the backend that needed the key. */
    public String provider() {
        return provider;
    }

    /** The name of the environment variable that is unset or blank. */
    public String variable() {
        return variable;
    }
}
