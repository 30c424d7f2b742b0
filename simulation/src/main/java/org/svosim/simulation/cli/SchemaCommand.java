package org.svosim.simulation.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.simulation.config.ConfigSchema;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code svo-sim schema}: prints the JSON Schema of the config file (draft 2020-12), for editors
 * such as VS Code's YAML extension; it states the same field rules that {@code validate} checks.
 */
@Command(name = "schema", description = "Print the JSON Schema of the config file (for editors; see configs/README.md).")
final class SchemaCommand implements Callable<Integer> {

    @CommandLine.Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the schema to FILE instead of standard output.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String schema = ConfigSchema.json(PromptTemplates.defaults().names());
        if (output == null) {
            spec.commandLine().getOut().print(schema);
            spec.commandLine().getOut().flush();
            return 0;
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(output, schema, StandardCharsets.UTF_8);
        spec.commandLine().getErr().printf("schema written to %s%n", output);
        return 0;
    }
}
