package org.svosim.agents.stub;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** What {@link FaultyOpenAiStub} writes for each fault, in OpenAI's chat-completions format. */
final class FaultAnswers {
    static final String REPLY = "I choose option A.";
    static final int PROMPT_TOKENS = 10;
    static final int COMPLETION_TOKENS = 2;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The bodies are the same for every request: encoded once, not per reply. */
    private static final byte[] OK_BODY = utf8(completion(REPLY));
    private static final byte[] MALFORMED_BODY = utf8(completion(REPLY).substring(0, completion(REPLY).length() / 2));
    private static final byte[] EMPTY_BODY = utf8(completion(""));
    private static final byte[] GARBAGE_BODY = utf8(completion("zxq blorp ## %% the the the"));
    private static final byte[] RATE_LIMITED_BODY = utf8(error("Rate limit reached for requests", "requests"));
    private static final byte[] SERVER_ERROR_BODY =
            utf8(error("The server had an error while processing your request.", "server_error"));
    private static final byte[] UNAVAILABLE_BODY = utf8(error("The engine is currently overloaded.", "server_error"));
    private static final byte[] BAD_REQUEST_BODY =
            utf8(error("Invalid value for 'temperature'.", "invalid_request_error"));

    private FaultAnswers() {
    }

    /** Answers {@code fault}; RESET and HANG send nothing (the caller closes the exchange). */
    static void answer(HttpExchange exchange, Fault fault, String retryAfter) throws IOException {
        switch (fault) {
            case OK:
                send(exchange, 200, OK_BODY);
                break;
            case RATE_LIMITED:
                if (retryAfter != null) {
                    exchange.getResponseHeaders().set("Retry-After", retryAfter);
                }
                send(exchange, 429, RATE_LIMITED_BODY);
                break;
            case SERVER_ERROR:
                send(exchange, 500, SERVER_ERROR_BODY);
                break;
            case UNAVAILABLE:
                send(exchange, 503, UNAVAILABLE_BODY);
                break;
            case BAD_REQUEST:
                send(exchange, 400, BAD_REQUEST_BODY);
                break;
            case RESET:
            case HANG:
                break; // closing the exchange without a response closes the connection: the client reads no bytes
            case MALFORMED_JSON:
                send(exchange, 200, MALFORMED_BODY);
                break;
            case EMPTY_CONTENT:
                send(exchange, 200, EMPTY_BODY);
                break;
            case GARBAGE_TEXT:
                send(exchange, 200, GARBAGE_BODY);
                break;
            default:
                throw new IllegalStateException("unknown fault " + fault);
        }
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

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, byte[] bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
