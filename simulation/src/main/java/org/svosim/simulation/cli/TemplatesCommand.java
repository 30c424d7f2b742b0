package org.svosim.simulation.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.svosim.agents.prompt.PromptTemplates;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code svo-sim templates [NAME...]}: prints the default prompt templates as a YAML map,
 * ready to be edited and used as a config's {@code templates_file}.
 */
@Command(name = "templates", description = "Print the default prompt templates as YAML (usable as templates_file).")
final class TemplatesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "NAME", arity = "0..*", description = "Only these templates (default: all).")
    List<String> names;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        PromptTemplates defaults = PromptTemplates.defaults();
        Map<String, String> out = new LinkedHashMap<>();
        for (String name : names == null || names.isEmpty() ? defaults.names() : names) {
            if (!defaults.names().contains(name)) {
                spec.commandLine().getErr().printf("svo-sim templates: unknown template '%s'; known: %s%n", name,
                        String.join(", ", defaults.names()));
                return SvoSimCommand.EXIT_BAD_INPUT;
            }
            out.put(name, defaults.text(name));
        }
        YAMLMapper yaml = new YAMLMapper(YAMLFactory.builder()
                .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());
        spec.commandLine().getOut().print("# svo-sim default prompt templates; {{name}} marks a variable.\n"
                + yaml.writeValueAsString(out));
        return 0;
    }
}
