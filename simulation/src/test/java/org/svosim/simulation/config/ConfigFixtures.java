package org.svosim.simulation.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Shared helpers for the config tests: template names, writing YAML files, loading them. */
final class ConfigFixtures {

    /** The default template names of the agents module (hard-coded here; the tests do not depend on it). */
    static final Set<String> TEMPLATE_NAMES = Set.of("value.altruistic", "value.prosocial",
            "value.individualistic", "value.competitive", "value.angle", "hvae.induction", "hvae.task", "hvae.goal",
            "hvae.item", "hvae.goal_clause", "hvae.reask", "direct.system", "direct.item.letter", "direct.item.json",
            "direct.reask.letter", "direct.reask.json", "extractor.system", "extractor.user", "option.line");

    /** A small valid config; its {@code repetitions} line is line 2. */
    static final String MINIMAL = """
            experiment: test
            repetitions: 3
            backends:
              sim:
                provider: simulated
            values: [prosocial]
            """;

    private ConfigFixtures() {
    }

    static Path write(Path dir, String fileName, String yaml) {
        try {
            Path file = dir.resolve(fileName);
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ExperimentConfig load(Path dir, String yaml) throws ConfigException {
        return new ConfigLoader().load(write(dir, "config.yaml", yaml), TEMPLATE_NAMES);
    }

    /** Loads {@code yaml}, expecting it to fail, and returns the problems. */
    static List<ConfigProblem> problems(Path dir, String yaml) {
        Path file = write(dir, "config.yaml", yaml);
        return problemsOf(file);
    }

    static List<ConfigProblem> problemsOf(Path file) {
        return failure(file).problems();
    }

    /** Loads {@code file}, expecting it to fail, and returns the exception. */
    static ConfigException failure(Path file) {
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> new ConfigLoader().load(file, TEMPLATE_NAMES));
        assertThat(e).as("loading %s should fail", file).isNotNull();
        return e;
    }

    /** Loads {@code yaml}, expecting exactly one problem, and returns it. */
    static ConfigProblem onlyProblem(Path dir, String yaml) {
        List<ConfigProblem> problems = problems(dir, yaml);
        assertThat(problems).as("problems").hasSize(1);
        return problems.get(0);
    }
}
