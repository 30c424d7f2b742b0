package org.svosim.agents.stub;

/** What a stub server answers to one request: a model reply, or an HTTP error. */
public sealed interface StubReply permits StubReply.Text, StubReply.Failure {

    /**
     * A successful completion.
     *
     * @param text         the assistant message
     * @param model        model id to report, or null to echo the requested one
     * @param inputTokens  prompt tokens to report
     * @param outputTokens completion tokens to report
     * @param truncated    report that generation stopped at the token limit
     */
    record Text(String text, String model, int inputTokens, int outputTokens, boolean truncated) implements StubReply {
        /** The same reply reported as coming from another model id. */
        public Text withModel(String reportedModel) {
            return new Text(text, reportedModel, inputTokens, outputTokens, truncated);
        }

        /** The same reply reported as cut off at the token limit. */
        public Text asTruncated() {
            return new Text(text, model, inputTokens, outputTokens, true);
        }
    }

    /** An HTTP error in the provider's error format. */
    record Failure(int status, String message) implements StubReply {
    }

    /** A normal reply with token counts 10 in, 1 out, echoing the requested model. */
    static Text text(String text) {
        return new Text(text, null, 10, 1, false);
    }

    /** A normal reply with the given token counts, echoing the requested model. */
    static Text text(String text, int inputTokens, int outputTokens) {
        return new Text(text, null, inputTokens, outputTokens, false);
    }

    /** An HTTP error. */
    static Failure failure(int status, String message) {
        return new Failure(status, message);
    }
}
