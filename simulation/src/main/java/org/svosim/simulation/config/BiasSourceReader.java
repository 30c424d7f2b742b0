package org.svosim.simulation.config;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Reads one entry of {@code bias.sources} and checks that its fields fit its type. Whether the
 * file exists is checked when the run starts, so that a config validates without the datasets.
 */
final class BiasSourceReader {

    private BiasSourceReader() {
    }

    /** The source, or null after reporting why it cannot be used. */
    static BiasSource read(ConfigNode s, Path configFolder, Set<String> backendNames) {
        if (!s.expectObject("a scenario source {type: bbq|crows_pairs|generic, path: ...}")) {
            if (!s.isPresent()) {
                s.problem("expected a scenario source {type: ..., path: ...}, got no value");
            }
            return null;
        }
        s.allowOnly(BiasFields.SOURCE);
        String type = s.require(BiasFields.TYPE.name(), String.join(", ", BiasFields.SOURCE_TYPES))
                .oneOf("source type", BiasFields.SOURCE_TYPES);
        Path path = path(s.require(BiasFields.PATH.name(), "a file or folder path"), configFolder, type);
        Set<String> categories = new LinkedHashSet<>();
        for (ConfigNode c : s.get(BiasFields.CATEGORIES.name()).elements("a list of category names")) {
            String text = c.nonBlank("a category name");
            if (text != null) {
                categories.add(text.strip());
            }
        }
        String mode = FieldReads.choice(s, BiasFields.MODE, "mode");
        ConfigNode emulatorField = s.get(BiasFields.EMULATOR.name());
        String emulator = emulatorField.isPresent() ? ProtocolSection.backendReference(emulatorField, backendNames)
                : null;
        boolean crows = BiasSource.CROWS_PAIRS.equals(type);
        boolean emulated = crows && "emulated".equals(mode);
        if (s.get(BiasFields.MODE.name()).isPresent() && !crows) {
            s.get(BiasFields.MODE.name()).problem("is only for type crows_pairs");
        }
        if (emulated && !emulatorField.isPresent()) {
            s.problem("mode emulated needs 'emulator: BACKEND' (the backend that writes the scenarios)");
        }
        if (emulatorField.isPresent() && !emulated) {
            emulatorField.problem("is only used with type crows_pairs and mode emulated");
        }
        String name = s.get(BiasFields.NAME.name()).name("source name");
        if (name != null && !BiasSource.GENERIC.equals(type)) {
            s.get(BiasFields.NAME.name()).problem("is only for type generic");
        }
        if (type == null || path == null) {
            return null;
        }
        if (BiasSource.GENERIC.equals(type) && name == null) {
            String file = path.getFileName().toString();
            name = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
        }
        return new BiasSource(type, path, categories, emulated, emulated ? emulator : null,
                BiasSource.GENERIC.equals(type) ? name : null);
    }

    private static Path path(ConfigNode field, Path configFolder, String type) {
        String text = field.nonBlank("a file or folder path");
        if (text == null) {
            return null;
        }
        Path path;
        try {
            path = configFolder.resolve(text.strip()).normalize();
        } catch (InvalidPathException e) {
            field.problem("is not a valid path: " + e.getReason());
            return null;
        }
        if (Files.isDirectory(path) && !BiasSource.BBQ.equals(type)) {
            field.problem("is a folder (" + path + "); expected a file");
        }
        return path;
    }
}
