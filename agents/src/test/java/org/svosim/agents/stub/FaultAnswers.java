package org.svosim.agents.stub;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * What {@link FaultyOpenAiStub} writes for each fault, in OpenAI's chat-completions format: the
 * complete HTTP responses, encoded once per stub (they are the same for every request).
 */
final class FaultAnswers {
    static final String REPLY = "I choose option A.";
    static final int PROMPT_TOKENS = 10;
    static final int COMPLETION_TOKENS = 2;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String JSON_TYPE = "application/json";

    private FaultAnswers() {
    }

    /**
     * The response to each fault; RESET and HANG map to null (the stub closes the connection
     * without a response: the client reads no bytes).
     *
     * @param retryAfter the Retry-After header of a 429, or null for none
     */
    static Map<Fault, byte[]> responses(String retryAfter) {
        Map<Fault, byte[]> out = new EnumMap<>(Fault.class);
        String ok = completion(REPLY);
        out.put(Fault.OK, json(200, ok, null));
        out.put(Fault.RATE_LIMITED, json(429, error("Rate limit reached for requests", "requests"), retryAfter));
        out.put(Fault.SERVER_ERROR,
                json(500, error("The server had an error while processing your request.", "server_error"), null));
        out.put(Fault.UNAVAILABLE, json(503, error("The engine is currently overloaded.", "server_error"), null));
        out.put(Fault.BAD_REQUEST, json(400, error("Invalid value for 'temperature'.", "invalid_request_error"), null));
        out.put(Fault.RESET, null);
        out.put(Fault.HANG, null);
        out.put(Fault.MALFORMED_JSON, json(200, ok.substring(0, ok.length() / 2), null));
        out.put(Fault.EMPTY_CONTENT, json(200, completion(""), null));
        out.put(Fault.GARBAGE_TEXT, json(200, completion("zxq blorp ## %% the the the"), null));
        return out;
    }

    /** The response to a request for another path. */
    static byte[] notFound(String path) {
        return HttpRequestHead.response(404, "text/plain", null,
                ("no endpoint " + path + "; the stub serves POST /v1/chat/completions")
                        .getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] json(int status, String body, String retryAfter) {
        return HttpRequestHead.response(status, JSON_TYPE, retryAfter, body.getBytes(StandardCharsets.UTF_8));
    }

    private static String completion(String content) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-faulty");
        root.put("object", "chat.completion");
        root.put("created", 1_790_000_000L);
        root.put("model", "stub-model");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        choice.put("finish_reason", "stop");
        ObjectNode usage = root.putObject("usage");
        usage.put("prompt_tokens", PROMPT_TOKENS);
        usage.put("completion_tokens", COMPLETION_TOKENS);
        usage.put("total_tokens", PROMPT_TOKENS + COMPLETION_TOKENS);
        return root.toString();
    }

    private static String error(String message, String type) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode error = root.putObject("error");
        error.put("message", message);
        error.put("type", type);
        return root.toString();
    }
}
