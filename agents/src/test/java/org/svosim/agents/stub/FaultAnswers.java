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

    private FaultAnswers() {
    }

    /** Answers {@code fault}; RESET and HANG send nothing (the caller closes the exchange). */
    static void answer(HttpExchange exchange, Fault fault, String retryAfter) throws IOException {
        switch (fault) {
            case OK:
                send(exchange, 200, completion(REPLY));
                break;
            case RATE_LIMITED:
                if (retryAfter != null) {
                    exchange.getResponseHeaders().set("Retry-After", retryAfter);
                }
                send(exchange, 429, error("Rate limit reached for requests", "requests"));
                break;
            case SERVER_ERROR:
                send(exchange, 500, error("The server had an error while processing your request.", "server_error"));
                break;
            case UNAVAILABLE:
                send(exchange, 503, error("The engine is currently overloaded.", "server_error"));
                break;
            case BAD_REQUEST:
                send(exchange, 400, error("Invalid value for 'temperature'.", "invalid_request_error"));
                break;
            case RESET:
            case HANG:
                break; // closing the exchange without a response closes the connection: the client reads no bytes
            case MALFORMED_JSON:
                String full = completion(REPLY);
                send(exchange, 200, full.substring(0, full.length() / 2));
                break;
            case EMPTY_CONTENT:
                send(exchange, 200, completion(""));
                break;
            case GARBAGE_TEXT:
                send(exchange, 200, completion("zxq blorp ## %% the the the"));
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

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
