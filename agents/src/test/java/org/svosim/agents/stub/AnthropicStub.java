package org.svosim.agents.stub;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Anthropic's Messages API ({@code POST /v1/messages}): answers with id, type "message",
 * role, content[{type:"text", text}], model, stop_reason, usage{input_tokens, output_tokens};
 * rejects a missing {@code x-api-key} with 401 and a missing {@code anthropic-version} with
 * 400, as the real API does.
 */
public final class AnthropicStub extends StubServer {
    private final AtomicInteger ids = new AtomicInteger();

    /** A stub that answers every request with {@code responder}. */
    public AnthropicStub(Function<RecordedRequest, StubReply> responder) {
        super("/v1/messages", responder);
    }

    @Override
    public String baseUrl() {
        return origin() + "/v1/";
    }

    @Override
    protected StubReply.Failure rejectHeaders(RecordedRequest request) {
        String key = request.header("x-api-key");
        if (key == null || key.isBlank()) {
            return StubReply.failure(401, "x-api-key header is required");
        }
        String version = request.header("anthropic-version");
        if (version == null || version.isBlank()) {
            return StubReply.failure(400, "anthropic-version: header is required");
        }
        return null;
    }

    @Override
    protected String renderReply(StubReply.Text reply, RecordedRequest request) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "msg_stub_" + ids.incrementAndGet());
        root.put("type", "message");
        root.put("role", "assistant");
        ObjectNode content = root.putArray("content").addObject();
        content.put("type", "text");
        content.put("text", reply.text());
        root.put("model", reply.model() != null ? reply.model() : request.model());
        root.put("stop_reason", reply.truncated() ? "max_tokens" : "end_turn");
        root.putNull("stop_sequence");
        ObjectNode usage = root.putObject("usage");
        usage.put("input_tokens", reply.inputTokens());
        usage.put("output_tokens", reply.outputTokens());
        return root.toString();
    }

    @Override
    protected String renderError(int status, String message) {
        ObjectNode root = JSON.createObjectNode();
        root.put("type", "error");
        ObjectNode error = root.putObject("error");
        error.put("type", status == 401 ? "authentication_error" : status >= 500 ? "api_error" : "invalid_request_error");
        error.put("message", message);
        return root.toString();
    }
}
