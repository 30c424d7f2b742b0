package org.svosim.simulation.config;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the prompt template overrides: {@code templates_file} (a YAML map of template name
 * to text, relative to the config file) merged with inline {@code templates}, which win.
 */
final class TemplateSection {

    private TemplateSection() {
    }

    static Map<String, String> read(ConfigNode root, Path configFile, Set<String> knownNames) {
        Map<String, String> overrides = new LinkedHashMap<>();
        ConfigNode fileField = root.get(TopLevelFields.TEMPLATES_FILE.name());
        String fileName = fileField.nonBlank("the path of a YAML file of template name: text");
        if (fileName != null) {
            readFile(fileField, resolve(configFile, fileName), knownNames, overrides);
        }
        readMap(root.get(TopLevelFields.TEMPLATES.name()), knownNames, overrides);
        return overrides;
    }

    private static Path resolve(Path configFile, String fileName) {
        Path parent = configFile.getParent();
        return parent == null ? Path.of(fileName) : parent.resolve(fileName);
    }

    private static void readFile(ConfigNode field, Path file, Set<String> knownNames, Map<String, String> into) {
        if (!file.toFile().isFile()) {
            field.problem("templates file not found: " + file + " (paths are relative to the config file's folder)");
            return;
        }
        YamlDocument document;
        try {
            document = YamlDocument.read(file, "a templates file: a mapping of template name to text");
        } catch (ConfigException e) {
            field.problems().addAll(e.problems());
            return;
        }
        Problems problems = field.problems().forDocument(document);
        problems.addDuplicateKeys();
        readMap(new ConfigNode(document.root(), FieldPath.root(), problems), knownNames, into);
    }

    private static void readMap(ConfigNode map, Set<String> knownNames, Map<String, String> into) {
        if (!map.expectObject("a mapping of template name to replacement text")) {
            return;
        }
        Set<String> sorted = new TreeSet<>(knownNames);
        for (String name : map.fieldNames()) {
            ConfigNode entry = map.get(name);
            if (!knownNames.contains(name)) {
                entry.problem(ProblemText.unknown("template", name, sorted));
                continue;
            }
            String text = entry.text("the replacement text of template " + name);
            if (text == null && !entry.isPresent()) {
                entry.problem("has no value (expected the replacement text; use \"\" for an empty template)");
            }
            if (text != null) {
                into.put(name, text);
            }
        }
    }
}
