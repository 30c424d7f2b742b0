package org.svosim.agents.stub;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.function.Function;

/**
 * An Ollama server's native chat endpoint ({@code POST /api/chat}, non-streaming): answers
 * with model, created_at, message{role, content}, done, done_reason, prompt_eval_count and
 * eval_count. Ollama needs no key.
 */
public final class OllamaStub extends StubServer {

    /** A stub that answers every request with {@code responder}. */
    public OllamaStub(Function<RecordedRequest, StubReply> responder) {
        super("/api/chat", responder);
    }

    @Override
    public String baseUrl() {
        return origin();
    }

    @Override
    protected String renderReply(StubReply.Text reply, RecordedRequest request) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", reply.model() != null ? reply.model() : request.model());
        root.put("created_at", "2026-11-01T12:00:00.000000Z");
        ObjectNode message = root.putObject("message");
        message.put("role", "assistant");
        message.put("content", reply.text());
        root.put("done_reason", reply.truncated() ? "length" : "stop");
        root.put("done", true);
        root.put("total_duration", 1_000_000L);
        root.put("load_duration", 1_000L);
        root.put("prompt_eval_count", reply.inputTokens());
        root.put("prompt_eval_duration", 1_000L);
        root.put("eval_count", reply.outputTokens());
        root.put("eval_duration", 1_000L);
        return root.toString();
    }

    @Override
    protected String renderError(int status, String message) {
        ObjectNode root = JSON.createObjectNode();
        root.put("error", message);
        return root.toString();
    }
}
