package org.svosim.agents.stub;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An OpenAI chat-completions server ({@code POST /v1/chat/completions}): answers with the
 * real response shape (id, object, created, model, choices[0].message, finish_reason, usage)
 * and rejects requests without an {@code Authorization: Bearer} header with 401.
 */
public final class OpenAiStub extends StubServer {
    private static final long CREATED = 1_790_000_000L;
    private final AtomicInteger ids = new AtomicInteger();

    /** A stub that answers every request with {@code responder}. */
    public OpenAiStub(Function<RecordedRequest, StubReply> responder) {
        super("/v1/chat/completions", responder);
    }

    @Override
    public String baseUrl() {
        return origin() + "/v1";
    }

    @Override
    protected StubReply.Failure rejectHeaders(RecordedRequest request) {
        String auth = request.header("authorization");
        if (auth == null || !auth.startsWith("Bearer ") || auth.length() <= "Bearer ".length()) {
            return StubReply.failure(401, "You didn't provide an API key.");
        }
        return null;
    }

    @Override
    protected String renderReply(StubReply.Text reply, RecordedRequest request) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-stub-" + ids.incrementAndGet());
        root.put("object", "chat.completion");
        root.put("created", CREATED);
        root.put("model", reply.model() != null ? reply.model() : request.model());
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", reply.text());
        choice.putNull("logprobs");
        choice.put("finish_reason", reply.truncated() ? "length" : "stop");
        ObjectNode usage = root.putObject("usage");
        usage.put("prompt_tokens", reply.inputTokens());
        usage.put("completion_tokens", reply.outputTokens());
        usage.put("total_tokens", reply.inputTokens() + reply.outputTokens());
        root.put("system_fingerprint", "fp_stub");
        return root.toString();
    }

    @Override
    protected String renderError(int status, String message) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", message);
        error.put("type", status >= 500 ? "server_error" : "invalid_request_error");
        error.putNull("param");
        error.putNull("code");
        return root.toString();
    }
}
