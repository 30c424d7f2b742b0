package org.svosim.agents.traffic;

/**
 * Token estimates reserved against a tokens-per-minute limit before a call is sent (the
 * provider's reported usage replaces them afterwards): about four characters per prompt
 * token, plus the most the reply may use.
 */
public final class TokenEstimates {
    /** Reply tokens assumed when the request sets no max tokens. */
    public static final int DEFAULT_REPLY_TOKENS = 1024;

    private TokenEstimates() {
    }

    /**
     * @param promptCharacters characters of all messages sent
     * @param maxReplyTokens   the request's max tokens, or null if unset
     */
    public static int estimate(long promptCharacters, Integer maxReplyTokens) {
        if (promptCharacters < 0) {
            throw new IllegalArgumentException("prompt characters must be >= 0, got " + promptCharacters);
        }
        long prompt = (promptCharacters + 3) / 4;
        long reply = maxReplyTokens == null ? DEFAULT_REPLY_TOKENS : Math.max(0, maxReplyTokens);
        return (int) Math.min(Integer.MAX_VALUE, prompt + reply);
    }
}
