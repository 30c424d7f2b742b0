package org.svosim.simulation.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.svosim.simulation.analysis.ResearchTables;
import org.svosim.simulation.bias.output.BiasColumns;
import org.svosim.simulation.export.DecisionColumns;
import org.svosim.simulation.export.OutputTable;
import org.svosim.simulation.export.PopulationColumns;
import org.svosim.simulation.export.SummaryColumns;
import org.svosim.simulation.export.TranscriptFields;
import org.svosim.simulation.export.TrialColumns;

/**
 * The column tables of docs/outputs.md are generated from the column definitions of the export and
 * the analysis, like codebook.md. After changing a definition, regenerate them with
 * {@code mvn -pl simulation test -Dtest=OutputsDocTest -Dsvosim.updateDocs=true}.
 */
class OutputsDocTest {
    private static final Pattern BLOCK = Pattern.compile(
            "(<!-- generated table: ([^ ]+(?: \\(run\\.db\\))?) [^>]*-->\n)(.*?)(<!-- end generated table -->)",
            Pattern.DOTALL);

    static Map<String, String> generatedBlocks() {
        Map<String, String> blocks = new LinkedHashMap<>();
        blocks.put("trials (run.db)", Codebook.table(TrialColumns.TABLE, Codebook.Types.SQL));
        blocks.put("decisions (run.db)",
                Codebook.table(new OutputTable("decisions", "", DecisionColumns.STORED), Codebook.Types.SQL));
        blocks.put("decisions.csv", Codebook.table(DecisionColumns.TABLE, Codebook.Types.CSV));
        blocks.put("summary.csv", Codebook.table(SummaryColumns.TABLE, Codebook.Types.CSV));
        blocks.put("transcripts.jsonl", Codebook.table(TranscriptFields.TABLE, Codebook.Types.JSON));
        for (OutputTable research : ResearchTables.all()) {
            blocks.put(research.file(), Codebook.table(research, Codebook.Types.CSV));
        }
        BiasColumns.all().forEach(t -> blocks.put(t.file(), Codebook.table(t, Codebook.Types.CSV)));
        PopulationColumns.ALL.forEach(t -> blocks.put(t.file(), Codebook.table(t, Codebook.Types.CSV)));
        return blocks;
    }

    /** {@code markdown} with every generated block replaced by its current text. */
    static String regenerate(String markdown, Map<String, String> blocks, Map<String, Boolean> seen) {
        Matcher m = BLOCK.matcher(markdown);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = m.group(2);
            String table = blocks.get(id);
            assertThat(table).as("docs/outputs.md names an unknown generated table '%s'", id).isNotNull();
            seen.put(id, true);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + table + m.group(4)));
        }
        m.appendTail(out);
        return out.toString();
    }

    @Test
    void columnTablesInOutputsDocMatchTheColumnDefinitions() throws IOException {
        Path doc = outputsDoc();
        String current = Files.readString(doc, StandardCharsets.UTF_8);
        Map<String, Boolean> seen = new LinkedHashMap<>();
        String regenerated = regenerate(current, generatedBlocks(), seen);
        if (Boolean.getBoolean("svosim.updateDocs") && !regenerated.equals(current)) {
            Files.writeString(doc, regenerated, StandardCharsets.UTF_8);
            current = regenerated;
        }

        assertThat(seen.keySet()).as("generated tables present in docs/outputs.md")
                .containsExactlyInAnyOrderElementsOf(generatedBlocks().keySet());
        assertThat(current).as("docs/outputs.md is out of date; run mvn -pl simulation test -Dtest=OutputsDocTest"
                + " -Dsvosim.updateDocs=true").isEqualTo(regenerated);
    }

    static Path outputsDoc() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("docs/outputs.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("a parent folder holding docs/outputs.md").isNotNull();
        return dir.resolve("docs/outputs.md");
    }
}
