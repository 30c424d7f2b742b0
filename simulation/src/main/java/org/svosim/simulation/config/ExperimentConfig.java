package org.svosim.simulation.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.svosim.agents.backend.BackendSpec;
import org.svosim.agents.protocol.ProtocolSpec;
import org.svosim.agents.traffic.TrafficSettings;
import org.svosim.games.slider.SliderMeasure;
import org.svosim.games.value.TargetValue;

/**
 * A loaded and validated experiment config (see {@code configs/README.md} for the file format).
 *
 * @param source            the file it was loaded from
 * @param rawText           the file's text as given (copied into each run as {@code config.yaml})
 * @param experiment        experiment name, used as a folder name
 * @param seed              run seed from which every trial seed is derived
 * @param repetitions       trials per agent backend x value x protocol
 * @param measure           the slider items to ask (Murphy primary, all 15, or custom items numbered 1..n)
 * @param concurrency       maximum trials in flight
 * @param output            root folder for runs, relative to the current directory unless absolute
 * @param backends          backend name -> spec, in config order
 * @param agents            names of the backends that are agents under test, in order
 * @param values            target values to induce, in order
 * @param protocols         protocol variants, in order
 * @param templateOverrides prompt template name -> replacement text (templates_file merged with inline)
 * @param sha256            SHA-256 of the raw text, lower-case hex
 * @param endpoints         backend name -> traffic limits, retry policy and price
 * @param budgetUsd         spending limit of the run in USD, or null for none
 * @param cacheFile         the response cache file, or null for the default under the output folder
 * @param bias              the social-bias judgement probe, or null for a slider experiment
 * @param population        the population of a population run (agents playing games), or null for a
 *                          slider experiment
 */
public record ExperimentConfig(Path source, String rawText, String experiment, long seed, int repetitions,
                               SliderMeasure measure, int concurrency, Path output,
                               Map<String, BackendSpec> backends, List<String> agents, List<TargetValue> values,
                               List<ProtocolSpec> protocols, Map<String, String> templateOverrides,
                               String sha256, Map<String, EndpointSettings> endpoints, Double budgetUsd,
                               Path cacheFile, BiasSettings bias, PopulationSpec population) {

    public ExperimentConfig {
        backends = Collections.unmodifiableMap(new LinkedHashMap<>(backends));
        agents = List.copyOf(agents);
        values = List.copyOf(values);
        protocols = List.copyOf(protocols);
        templateOverrides = Collections.unmodifiableMap(new LinkedHashMap<>(templateOverrides));
        endpoints = Collections.unmodifiableMap(new LinkedHashMap<>(endpoints));
        for (String agent : agents) {
            if (!backends.containsKey(agent)) {
                throw new IllegalArgumentException("agent '" + agent + "' is not a defined backend");
            }
        }
    }

    /** A slider experiment (no {@code bias} section). */
    public ExperimentConfig(Path source, String rawText, String experiment, long seed, int repetitions,
                            SliderMeasure measure, int concurrency, Path output, Map<String, BackendSpec> backends,
                            List<String> agents, List<TargetValue> values, List<ProtocolSpec> protocols,
                            Map<String, String> templateOverrides, String sha256,
                            Map<String, EndpointSettings> endpoints, Double budgetUsd, Path cacheFile) {
        this(source, rawText, experiment, seed, repetitions, measure, concurrency, output, backends, agents, values,
                protocols, templateOverrides, sha256, endpoints, budgetUsd, cacheFile, null, null);
    }

    /** Whether this config is a social-bias judgement probe rather than a slider experiment. */
    public boolean isBiasProbe() {
        return bias != null;
    }

    /** True when the config describes a population run ({@code population:} present). */
    public boolean isPopulationRun() {
        return population != null;
    }

    /** Names of the backends used as extractors by some protocol, in protocol order. */
    public List<String> extractors() {
        Set<String> names = new LinkedHashSet<>();
        for (ProtocolSpec p : protocols) {
            if (p instanceof ProtocolSpec.Hvae hvae && hvae.usesExtractor()) {
                names.add(hvae.extractor());
            }
        }
        return new ArrayList<>(names);
    }

    /** Backends that will be called: the agents, then any extractor not among them. */
    public List<String> usedBackends() {
        if (bias != null) {
            Set<String> names = new LinkedHashSet<>(bias.judges());
            names.addAll(bias.emulators());
            return new ArrayList<>(names);
        }
        Set<String> names = new LinkedHashSet<>(agents);
        names.addAll(extractors());
        return new ArrayList<>(names);
    }

    /** The traffic limits and retry policy of a backend's endpoint (null for the simulated agent). */
    public TrafficSettings traffic(String backend) {
        EndpointSettings e = endpoints.get(backend);
        return e == null ? null : e.traffic();
    }

    /** The price of a backend's model (unknown when the config gives none; 0 for the simulated agent). */
    public TokenPrice price(String backend) {
        EndpointSettings e = endpoints.get(backend);
        return e == null ? TokenPrice.unknown() : e.price();
    }

    /** Number of trials the config asks for: agents x values x protocols x repetitions. */
    public long trialCount() {
        if (population != null) {
            return 0;
        }
        return (long) agents.size() * values.size() * protocols.size() * repetitions;
    }
}
