package org.svosim.simulation.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.svosim.agents.protocol.ProtocolSpec;

/** Reads {@code agents}: which backends are the agents under test (default: all but the extractors). */
final class AgentSection {

    private AgentSection() {
    }

    static List<String> read(ConfigNode root, Set<String> backendNames, List<ProtocolSpec> protocols) {
        ConfigNode section = root.get(TopLevelFields.AGENTS.name());
        List<String> agents = new ArrayList<>();
        if (!section.isPresent()) {
            Set<String> extractors = extractors(protocols);
            for (String name : backendNames) {
                if (!extractors.contains(name)) {
                    agents.add(name);
                }
            }
            if (agents.isEmpty() && !backendNames.isEmpty()) {
                root.get(TopLevelFields.BACKENDS.name()).problem("every backend is used as an extractor, so none is left as an agent"
                        + " under test; name the agents with 'agents: [...]'");
            }
            return agents;
        }
        List<ConfigNode> elements = section.elements("a list of backend names");
        if (section.isArray() && elements.isEmpty()) {
            section.problem("must name at least one backend, or be left out to use every non-extractor backend");
        }
        for (ConfigNode element : elements) {
            if (!element.isPresent()) {
                element.problem("expected the name of a backend, got no value");
                continue;
            }
            String name = ProtocolSection.backendReference(element, backendNames);
            if (name == null) {
                continue;
            }
            if (agents.contains(name)) {
                element.problem("backend '" + name + "' is listed twice");
                continue;
            }
            agents.add(name);
        }
        return agents;
    }

    private static Set<String> extractors(List<ProtocolSpec> protocols) {
        Set<String> names = new HashSet<>();
        for (ProtocolSpec p : protocols) {
            if (p instanceof ProtocolSpec.Hvae hvae && hvae.usesExtractor()) {
                names.add(hvae.extractor());
            }
        }
        return names;
    }
}
