package org.svosim.simulation.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The price of each backend's model, as a run records it in its database ({@code run_info.prices},
 * JSON) so that costs are recomputed from the database alone.
 */
public record PriceTable(Map<String, TokenPrice> byBackend) {
    /** The run_info key under which a run stores its prices. */
    public static final String RUN_INFO_KEY = "prices";
    private static final ObjectMapper JSON = new ObjectMapper();

    public PriceTable {
        byBackend = Map.copyOf(byBackend);
    }

    public static PriceTable of(ExperimentConfig config) {
        Map<String, TokenPrice> m = new LinkedHashMap<>();
        config.backends().keySet().forEach(b -> m.put(b, config.price(b)));
        return new PriceTable(m);
    }

    /** The price of {@code backend}, unknown if none is recorded. */
    public TokenPrice price(String backend) {
        return byBackend.getOrDefault(backend, TokenPrice.unknown());
    }

    /** The cost of one call, 0 when the cache answered it, null when the price is unknown. */
    public Double callCost(String backend, boolean cached, Integer inputTokens, Integer outputTokens) {
        if (cached) {
            return 0.0;
        }
        return price(backend).cost(inputTokens == null ? 0 : inputTokens, outputTokens == null ? 0 : outputTokens);
    }

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        byBackend.forEach((b, p) -> {
            ObjectNode n = root.putObject(b);
            n.put("input_per_million", p.inputPerMillion());
            n.put("output_per_million", p.outputPerMillion());
        });
        return root.toString();
    }

    /** Parses {@link #toJson()}; null or blank gives an empty table (runs from before prices were recorded). */
    public static PriceTable fromJson(String json) {
        Map<String, TokenPrice> m = new LinkedHashMap<>();
        if (json == null || json.isBlank()) {
            return new PriceTable(m);
        }
        try {
            JsonNode root = JSON.readTree(json);
            root.fields().forEachRemaining(e -> m.put(e.getKey(), new TokenPrice(number(e.getValue(), "input_per_million"),
                    number(e.getValue(), "output_per_million"))));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable price table in the run database: " + e.getMessage(), e);
        }
        return new PriceTable(m);
    }

    private static Double number(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asDouble();
    }
}
