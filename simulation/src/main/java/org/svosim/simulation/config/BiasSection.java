package org.svosim.simulation.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.svosim.games.bias.AttackCondition;
import org.svosim.simulation.bias.scenario.AnswerType;
import org.svosim.simulation.bias.scenario.ScenarioFilter;

/** Reads the {@code bias} section: judges, conditions, sources, sampling and filters. */
final class BiasSection {

    private BiasSection() {
    }

    /** The bias settings, or null when the config has no {@code bias} section (a slider experiment). */
    static BiasSettings read(ConfigNode root, Path configFile, Set<String> backendNames) {
        ConfigNode section = root.get(TopLevelFields.BIAS.name());
        if (!section.isPresent()) {
            return null;
        }
        if (!section.expectObject("a mapping with at least 'sources'")) {
            return null;
        }
        section.allowOnly(BiasFields.BIAS);
        ConfigNode sourceList = section.require(BiasFields.SOURCES.name(), "a list of scenario sources");
        List<ConfigNode> elements = sourceList.elements("a list of scenario sources {type: ..., path: ...}");
        if (sourceList.isArray() && elements.isEmpty()) {
            sourceList.problem("must list at least one scenario source");
        }
        Path folder = configFile.toAbsolutePath().getParent();
        List<BiasSource> sources = new ArrayList<>();
        for (ConfigNode element : elements) {
            BiasSource s = BiasSourceReader.read(element, folder, backendNames);
            if (s != null) {
                sources.add(s);
            }
        }
        Set<String> emulators = new LinkedHashSet<>();
        sources.forEach(s -> {
            if (s.emulator() != null) {
                emulators.add(s.emulator());
            }
        });
        List<String> judges = judges(section, backendNames, emulators);
        List<AttackCondition> conditions = new ArrayList<>();
        List<String> names = words(section, BiasFields.CONDITIONS);
        for (String n : names.isEmpty() && !section.get(BiasFields.CONDITIONS.name()).isPresent()
                ? BiasFields.CONDITION_NAMES : names) {
            conditions.add(AttackCondition.parse(n));
        }
        Set<AnswerType> answerTypes = new LinkedHashSet<>();
        words(section, BiasFields.ANSWER_TYPES).forEach(w -> answerTypes.add(AnswerType.parse(w)));
        ScenarioFilter filter = new ScenarioFilter(Set.of(), Set.copyOf(words(section, BiasFields.POLARITIES)),
                Set.copyOf(words(section, BiasFields.DIRECTIONS)), answerTypes);
        Integer sample = FieldReads.smallInteger(section, BiasFields.SAMPLE_PER_CATEGORY);
        boolean explanations = FieldReads.bool(section, BiasFields.EXPLANATIONS);
        return new BiasSettings(judges, conditions, sources, sample, filter, explanations);
    }

    private static List<String> judges(ConfigNode section, Set<String> backendNames, Set<String> emulators) {
        ConfigNode field = section.get(BiasFields.JUDGES.name());
        List<String> judges = new ArrayList<>();
        if (!field.isPresent()) {
            backendNames.stream().filter(n -> !emulators.contains(n)).forEach(judges::add);
            if (judges.isEmpty() && !backendNames.isEmpty()) {
                field.problem("every backend is an emulator, so none is left to judge; name the judges");
            }
            return judges;
        }
        List<ConfigNode> elements = field.elements("a list of backend names");
        if (field.isArray() && elements.isEmpty()) {
            field.problem("must name at least one backend, or be left out to use every non-emulator backend");
        }
        for (ConfigNode element : elements) {
            String name = ProtocolSection.backendReference(element, backendNames);
            if (name != null && judges.contains(name)) {
                element.problem("backend '" + name + "' is listed twice");
            } else if (name != null) {
                judges.add(name);
            }
        }
        return judges;
    }

    /** A list of the field's choices in canonical spelling, each once; empty when left out. */
    static List<String> words(ConfigNode parent, ConfigField f) {
        ConfigNode field = parent.get(f.name());
        List<String> words = new ArrayList<>();
        List<ConfigNode> elements = field.elements("a list of " + String.join(" / ", f.choices()));
        if (field.isArray() && elements.isEmpty()) {
            field.problem("must list at least one of " + String.join(", ", f.choices()) + ", or be left out");
        }
        for (ConfigNode element : elements) {
            String w = element.oneOf(f.name() + " entry", f.choices());
            if (w != null && words.contains(w)) {
                element.problem("'" + w + "' is listed twice");
            } else if (w != null) {
                words.add(w);
            }
        }
        return words;
    }
}
