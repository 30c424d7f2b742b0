package org.svosim.simulation.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.svosim.simulation.config.ConfigFixtures.onlyProblem;
import static org.svosim.simulation.config.ConfigFixtures.problems;
import static org.svosim.simulation.config.ConfigFixtures.problemsOf;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes with the file as a whole: missing, empty, not YAML, not a mapping, keys twice. */
class ConfigFileErrorsTest {

    @TempDir
    Path dir;

    @Test
    void missingFileIsReportedWithItsNameAndNoPosition() {
        Path file = dir.resolve("nope.yaml");

        List<ConfigProblem> problems = problemsOf(file);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).file()).isEqualTo(file);
        assertThat(problems.get(0).hasPosition()).isFalse();
        assertThat(problems.get(0).message()).contains("file not found");
        assertThat(problems.get(0).toString()).startsWith(file + ": file not found");
    }

    @Test
    void emptyFileIsReportedAtLineOne() {
        ConfigProblem p = onlyProblem(dir, "# only a comment\n\n");

        assertThat(p.file()).isEqualTo(dir.resolve("config.yaml"));
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).contains("file is empty");
    }

    @Test
    void yamlSyntaxErrorCarriesTheParsersLineAndColumn() {
        ConfigProblem p = onlyProblem(dir, """
                experiment: test
                repetitions: 3
                values: [prosocial, altruistic
                backends: {}
                """);

        assertThat(p.line()).isEqualTo(4);
        assertThat(p.column()).isEqualTo(9);
        assertThat(p.field()).isEmpty();
        assertThat(p.message()).startsWith("invalid YAML: ").contains("expected ',' or ']'")
                .contains("flow sequence that starts at line 3, column 9");
    }

    @Test
    void badIndentationIsASyntaxError() {
        ConfigProblem p = onlyProblem(dir, """
                experiment: test
                  repetitions: 3
                """);

        assertThat(p.line()).isEqualTo(2);
        assertThat(p.message()).contains("invalid YAML").contains("mapping values are not allowed");
    }

    @Test
    void tabIndentationIsReportedWhereTheTabIs() {
        ConfigProblem p = onlyProblem(dir, "experiment: test\nbackends:\n\tsim: {provider: simulated}\n");

        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isEqualTo(1);
        assertThat(p.message()).contains("Do not use \\t(TAB) for indentation");
    }

    @Test
    void aDocumentThatIsNotAMappingIsRejected() {
        ConfigProblem p = onlyProblem(dir, "- experiment\n- test\n");

        assertThat(p.message()).contains("expected a mapping of fields").contains("got a list of 2");
    }

    @Test
    void aKeyGivenTwiceIsReportedAtTheSecondOne() {
        List<ConfigProblem> problems = problems(dir, """
                experiment: test
                repetitions: 3
                backends:
                  sim:
                    provider: simulated
                    noise: 1
                    noise: 2
                values: [prosocial]
                """);

        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).line()).isEqualTo(7);
        assertThat(problems.get(0).column()).isEqualTo(5);
        assertThat(problems.get(0).field()).isEqualTo("backends.sim.noise");
        assertThat(problems.get(0).message()).contains("key given twice (first at line 6)");
    }

    @Test
    void everyProblemIsCollectedAndPrintedOnePerLineInFileOrder() {
        ConfigException e = ConfigFixtures.failure(ConfigFixtures.write(dir, "config.yaml", """
                experiment: my run
                repetitions: 0
                backends:
                  sim:
                    provider: simulated
                    fidelity: 1.5
                values: [prosocail]
                """));

        assertThat(e.problems()).extracting(ConfigProblem::field)
                .containsExactly("experiment", "repetitions", "backends.sim.fidelity", "values[0]");
        assertThat(e.getMessage().lines()).hasSize(4);
        assertThat(e.getMessage().lines().toList().get(2))
                .isEqualTo(dir.resolve("config.yaml") + ":6:5: backends.sim.fidelity: must be between 0 and 1, got 1.5");
        assertThat(e.exitCode()).isEqualTo(2);
    }
}
