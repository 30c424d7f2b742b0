package org.svosim.simulation.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.svosim.agents.backend.BackendSpec;
import org.svosim.agents.hash.Sha256;
import org.svosim.agents.protocol.ProtocolSpec;
import org.svosim.games.slider.SliderMeasure;
import org.svosim.games.value.TargetValue;

/**
 * Loads an experiment config file (format: {@code configs/README.md}) into an
 * {@link ExperimentConfig}, checking every field and reporting all problems at once with
 * file, line, column and field. Does not look at API key variables: see {@link ApiKeyCheck}.
 */
public final class ConfigLoader {
    /** A loader; it keeps no state between loads. */
    public ConfigLoader() {
    }

    /**
     * Loads and validates {@code file}.
     *
     * @param knownTemplateNames the prompt template names that {@code templates} may override
     * @throws ConfigException listing every problem found (the command line exits with 2)
     */
    public ExperimentConfig load(Path file, Set<String> knownTemplateNames) throws ConfigException {
        YamlDocument document = YamlDocument.read(file, "an experiment config");
        Problems problems = new Problems(document);
        problems.addDuplicateKeys();
        ConfigNode root = new ConfigNode(document.root(), FieldPath.root(), problems);
        if (!root.isObject()) {
            root.problem("expected a mapping of fields (experiment, repetitions, backends, values, ...), got "
                    + root.describe());
            problems.throwIfAny();
        }
        root.allowOnly(TopLevelFields.ALL);
        String experiment = root.require(TopLevelFields.EXPERIMENT.name(), "a name such as quickstart")
                .name("experiment name");
        long seed = FieldReads.integer(root, TopLevelFields.SEED);
        boolean bias = root.get(TopLevelFields.BIAS.name()).isPresent();
        boolean population = root.get(TopLevelFields.POPULATION.name()).isPresent();
        boolean sliderFieldsOptional = bias || population;
        int repetitions = ConfigNode.orDefault(requireUnless(root, sliderFieldsOptional, TopLevelFields.REPETITIONS,
                        "the number of trials per agent, value and protocol, at least 1")
                .smallInteger(TopLevelFields.REPETITIONS.range()), 1);
        SliderMeasure measure = ItemSection.read(root);
        int concurrency = FieldReads.smallInteger(root, TopLevelFields.CONCURRENCY);
        Path output = outputPath(root.get(TopLevelFields.OUTPUT.name()));
        ConfigNode backendNode = root.require(TopLevelFields.BACKENDS.name(),
                "a mapping of backend name to backend settings");
        Map<String, BackendSpec> backends = BackendSection.read(backendNode);
        Set<String> backendNames = new LinkedHashSet<>(backendNode.fieldNames());
        List<TargetValue> values = sliderFieldsOptional && !root.get(TopLevelFields.VALUES.name()).isPresent()
                ? List.of()
                : ValueSection.read(requireUnless(root, sliderFieldsOptional, TopLevelFields.VALUES,
                        "a list of target values"));
        BiasSettings biasSettings = BiasSection.read(root, file, backendNames);
        PopulationSpec populationSpec = population
                ? PopulationSection.read(root.get(TopLevelFields.POPULATION.name()), backendNames) : null;
        List<ProtocolSpec> protocols = ProtocolSection.read(root.get(TopLevelFields.PROTOCOLS.name()), backendNames);
        List<String> agents = populationSpec != null ? populationSpec.backends()
                : AgentSection.read(root, backendNames, protocols);
        Map<String, String> templates = TemplateSection.read(root, file, knownTemplateNames);
        Map<String, EndpointSettings> endpoints = BackendSection.readEndpoints(backendNode, backends, concurrency);
        Double budget = FieldReads.number(root, TopLevelFields.BUDGET_USD);
        if (budget != null) {
            for (String name : backends.keySet()) {
                if (!endpoints.get(name).price().known()) {
                    root.get(TopLevelFields.BUDGET_USD.name()).problem("needs the price of every backend; backend '"
                            + name + "' has no price_input_per_million / price_output_per_million");
                    break;
                }
            }
        }
        String cache = root.get(TopLevelFields.CACHE_FILE.name()).nonBlank("a file path");
        problems.throwIfAny();
        return new ExperimentConfig(file, document.text(), experiment, seed, repetitions, measure, concurrency,
                output, backends, agents, values, protocols, templates, sha256(document.text()), endpoints, budget,
                cache == null ? null : Path.of(cache), biasSettings, populationSpec);
    }

    /** The field; required unless the config is a bias probe or a population run (then it may be left out). */
    private static ConfigNode requireUnless(ConfigNode root, boolean optional, ConfigField f, String expected) {
        return optional ? root.get(f.name()) : root.require(f.name(), expected);
    }

    private static Path outputPath(ConfigNode field) {
        Path fallback = Path.of((String) TopLevelFields.OUTPUT.defaultValue());
        String text = field.nonBlank("a folder path");
        if (text == null) {
            return fallback;
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            field.problem("is not a valid folder path: " + e.getReason());
            return fallback;
        }
    }

    /** SHA-256 of the text's UTF-8 bytes, lower-case hex. */
    static String sha256(String text) {
        return Sha256.hex(text);
    }
}
