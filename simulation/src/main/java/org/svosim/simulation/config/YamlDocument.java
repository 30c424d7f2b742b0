package org.svosim.simulation.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * One YAML file read from disk: its raw text, its tree, and the position of every field.
 * Any failure to get that far (missing, unreadable or empty file, YAML syntax error) is a
 * {@link ConfigException} with one problem.
 */
record YamlDocument(Path file, String text, JsonNode root, SourcePositions positions) {

    private static final YAMLMapper MAPPER = new YAMLMapper();
    private static final YAMLFactory FACTORY = MAPPER.getFactory();

    /** Reads and parses {@code file}; {@code what} names the file's role in messages. */
    static YamlDocument read(Path file, String what) throws ConfigException {
        String text;
        try {
            if (Files.isDirectory(file)) {
                throw fail(file, 0, 0, "is a directory, expected a YAML file (" + what + ")");
            }
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw fail(file, 0, 0, "file not found (" + what + "; looked at " + file.toAbsolutePath() + ")");
        } catch (IOException e) {
            throw fail(file, 0, 0, "cannot be read: " + e);
        }
        return parse(file, text, what);
    }

    /** Parses text already read from {@code file}. */
    static YamlDocument parse(Path file, String text, String what) throws ConfigException {
        try {
            SourcePositions positions = SourcePositions.scan(FACTORY, text);
            JsonNode root = MAPPER.readTree(text);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw fail(file, 1, 1, "file is empty, expected " + what);
            }
            return new YamlDocument(file, text, root, positions);
        } catch (JsonProcessingException e) {
            SourcePositions.Position at = positionOf(e);
            throw fail(file, at.line(), at.column(), "invalid YAML: " + describe(e));
        } catch (IOException e) {
            throw fail(file, 0, 0, "cannot be parsed: " + e.getMessage());
        }
    }

    /** Where the parser found the problem: SnakeYAML's mark if it has one, else Jackson's location. */
    private static SourcePositions.Position positionOf(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            Mark mark = yaml.getProblemMark();
            return new SourcePositions.Position(mark.getLine() + 1, mark.getColumn() + 1);
        }
        JsonLocation at = e.getLocation();
        return at == null ? new SourcePositions.Position(1, 1) : SourcePositions.Position.of(at);
    }

    private static String describe(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml) {
            String problem = yaml.getProblem();
            Mark context = yaml.getContextMark();
            if (yaml.getContext() != null && context != null) {
                problem += " (" + yaml.getContext() + " that starts at line " + (context.getLine() + 1)
                        + ", column " + (context.getColumn() + 1) + ")";
            }
            return problem;
        }
        return e.getOriginalMessage().lines().findFirst().orElse("syntax error");
    }

    private static ConfigException fail(Path file, int line, int column, String message) {
        return new ConfigException(List.of(new ConfigProblem(file, line, column, "", message)));
    }
}
