package org.svosim.simulation.experiment;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.svosim.agents.backend.BackendSpec;
import org.svosim.agents.traffic.TrafficCounters;
import org.svosim.simulation.config.ExperimentConfig;
import org.svosim.simulation.endpoint.EndpointGateway;
import org.svosim.simulation.endpoint.ResponseCache;
import org.svosim.simulation.plan.TrialSeeds;

/**
 * The open endpoints of a run (slider experiment, bias probe or population) and the response
 * cache they share; closes them together. Each endpoint gets its traffic settings from the
 * config and a retry-jitter seed derived from the run seed.
 *
 * @param gateways backend name -> gateway
 * @param cache    the response cache, or null when none is used
 */
public record RunEndpoints(Map<String, EndpointGateway> gateways, ResponseCache cache) implements AutoCloseable {

    /**
     * Opens a gateway per backend; real providers read their keys from {@code environment}.
     *
     * @param threads   threads per endpoint: at least the calls that may be outstanding at once
     * @param cacheFile the response cache, or null for none (it is not opened when only simulated agents run)
     */
    public static RunEndpoints open(ExperimentConfig config, Collection<String> backends, int threads, Path cacheFile,
                                    Function<String, String> environment) {
        boolean anyReal = backends.stream().anyMatch(n -> !(config.backends().get(n) instanceof BackendSpec.Simulated));
        ResponseCache cache = cacheFile != null && anyReal ? ResponseCache.open(cacheFile) : null;
        Map<String, EndpointGateway> gateways = new LinkedHashMap<>();
        try {
            for (String name : backends) {
                gateways.put(name, EndpointGateway.open(name, config.backends().get(name), environment, threads,
                        config.traffic(name), TrialSeeds.derive(config.seed(), "traffic:" + name), cache));
            }
        } catch (RuntimeException e) {
            new RunEndpoints(gateways, cache).close();
            throw e;
        }
        return new RunEndpoints(gateways, cache);
    }

    /** Each real endpoint's traffic counters so far. */
    public Map<String, TrafficCounters> trafficCounters() {
        Map<String, TrafficCounters> m = new LinkedHashMap<>();
        gateways.forEach((name, g) -> g.trafficCounters().ifPresent(c -> m.put(name, c)));
        return m;
    }

    /** The cache's file, hits and misses for the manifest. */
    public RunManifest.Cache cacheStatistics() {
        return cache == null ? new RunManifest.Cache(null, 0, 0)
                : new RunManifest.Cache(cache.file().toString(), cache.hits(), cache.misses());
    }

    @Override
    public void close() {
        gateways.values().forEach(EndpointGateway::close);
        if (cache != null) {
            cache.close();
        }
    }
}
