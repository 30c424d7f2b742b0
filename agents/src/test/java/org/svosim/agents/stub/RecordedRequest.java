package org.svosim.agents.stub;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;

/**
 * One HTTP request a stub server received.
 *
 * @param method  HTTP method
 * @param path    request path without query
 * @param headers request headers, names in lower case, first value only
 * @param body    the parsed JSON body (a MissingNode when the body was empty or not JSON)
 */
public record RecordedRequest(String method, String path, Map<String, String> headers, JsonNode body) {
    public RecordedRequest {
        headers = Map.copyOf(headers);
    }

    /** A header's value by case-insensitive name, or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    /** The model id the request asked for, or null. */
    public String model() {
        JsonNode model = body.path("model");
        return model.isTextual() ? model.asText() : null;
    }
}
