package org.svosim.simulation.engine;

import java.util.Map;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.agents.protocol.ProtocolSpec;
import org.svosim.games.slider.SliderMeasure;
import org.svosim.simulation.config.PriceTable;
import org.svosim.simulation.endpoint.EndpointGateway;

/**
 * What every trial of a run needs besides its own spec: the items, the prompt templates,
 * the protocol variants by name, the open endpoints by backend name and the models' prices. Node-local: when
 * runs spread over a cluster each node builds its own kit from the same config.
 */
public record TrialKit(SliderMeasure measure, PromptTemplates templates, Map<String, ProtocolSpec> protocols,
                       Map<String, EndpointGateway> endpoints, PriceTable prices) {
    public TrialKit {
        protocols = Map.copyOf(protocols);
        endpoints = Map.copyOf(endpoints);
    }

    public ProtocolSpec protocol(String name) {
        ProtocolSpec p = protocols.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no protocol variant named " + name);
        }
        return p;
    }

    public EndpointGateway endpoint(String backend) {
        EndpointGateway g = endpoints.get(backend);
        if (g == null) {
            throw new IllegalArgumentException("no open endpoint for backend " + backend);
        }
        return g;
    }
}
