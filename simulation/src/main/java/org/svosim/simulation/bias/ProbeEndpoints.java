package org.svosim.simulation.bias;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.svosim.agents.backend.BackendSpec;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.endpoint.EndpointGateway;
import org.svosim.simulation.endpoint.ResponseCache;
import org.svosim.simulation.experiment.RunOptions;
import org.svosim.simulation.plan.TrialSeeds;

/**
 * The open endpoints of a probe (judges and emulators) and the response cache they share; closes them together.
 *
 * @param gateways backend name -> gateway
 * @param cache    the response cache, or null when none is used
 */
public record ProbeEndpoints(Map<String, EndpointGateway> gateways, ResponseCache cache) implements AutoCloseable {

    /** Opens a gateway per used backend; real providers read their keys from {@code environment}. */
    public static ProbeEndpoints open(ExperimentConfig config, RunOptions options, Function<String, String> environment) {
        boolean anyReal = config.usedBackends().stream()
                .anyMatch(n -> !(config.backends().get(n) instanceof BackendSpec.Simulated));
        ResponseCache cache = options.cacheFile() != null && anyReal ? ResponseCache.open(options.cacheFile()) : null;
        Map<String, EndpointGateway> gateways = new LinkedHashMap<>();
        try {
            for (String name : config.usedBackends()) {
                gateways.put(name, EndpointGateway.open(name, config.backends().get(name), environment,
                        config.concurrency(), config.traffic(name), TrialSeeds.derive(config.seed(), "traffic:" + name),
                        cache));
            }
        } catch (RuntimeException e) {
            new ProbeEndpoints(gateways, cache).close();
            throw e;
        }
        return new ProbeEndpoints(gateways, cache);
    }

    @Override
    public void close() {
        gateways.values().forEach(EndpointGateway::close);
        if (cache != null) {
            cache.close();
        }
    }
}
