package org.svosim.simulation.bias.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.svosim.games.bias.BiasLabel;

/**
 * Prepares every scenario from the shared datasets (never copied into the project): all BBQ
 * ambiguous items of the shipped category files and all CrowS-Pairs direct scenarios. Skipped
 * when the datasets folder is absent; found via the system property {@code svosim.datasets},
 * else as {@code shared/datasets} beside the working folder or one of its parents up to four
 * levels (so {@code ../../shared/datasets} from a module folder of the main repository,
 * {@code ../shared/datasets} from its root, and further up from a worktree).
 */
class SharedDatasetsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path datasets() {
        String property = System.getProperty("svosim.datasets");
        List<Path> candidates = new ArrayList<>();
        if (property != null) {
            candidates.add(Path.of(property));
        } else {
            Path dir = Path.of("").toAbsolutePath();
            for (int up = 0; up <= 4 && dir != null; up++, dir = dir.getParent()) {
                candidates.add(dir.resolve("shared/datasets"));
            }
        }
        Path found = candidates.stream().filter(Files::isDirectory).findFirst().orElse(null);
        Assumptions.assumeTrue(found != null, "shared datasets not found at " + candidates);
        return found.toAbsolutePath().normalize();
    }

    /** Ambiguous-context lines of a BBQ file, counted independently of the reader. */
    private static long ambiguousLines(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> !l.isBlank()).filter(l -> {
                try {
                    return JSON.readTree(l).path("context_condition").asText().equals("ambig");
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).count();
        }
    }

    @Test
    void everyAmbiguousBbqItemOfTheShippedCategoriesGivesThreeScenarios() throws Exception {
        Path bbq = datasets().resolve("bbq");
        Assumptions.assumeTrue(Files.isDirectory(bbq), "no bbq folder in " + datasets());
        List<Path> files;
        try (Stream<Path> list = Files.list(bbq)) {
            files = list.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList();
        }
        Map<String, String> report = new TreeMap<>();
        Set<String> ids = new HashSet<>();
        int total = 0;
        for (Path file : files) {
            Loaded<Scenario> loaded = BbqReader.read(file);
            long items = ambiguousLines(file);

            assertThat(loaded.skipped()).as(file.getFileName().toString()).isEmpty();
            assertThat(loaded.values()).as(file.getFileName().toString()).hasSize((int) (3 * items));
            Map<AnswerType, Long> byType = loaded.values().stream()
                    .collect(Collectors.groupingBy(Scenario::answerType, Collectors.counting()));
            assertThat(byType).containsOnly(Map.entry(AnswerType.STEREOTYPED, items),
                    Map.entry(AnswerType.NON_STEREOTYPED, items), Map.entry(AnswerType.UNKNOWN, items));
            assertThat(loaded.values().stream().filter(s -> s.gold() == BiasLabel.UNBIASED).count()).isEqualTo(items);
            loaded.values().forEach(s -> assertThat(ids.add(s.id())).as("unique id " + s.id()).isTrue());
            report.put(loaded.values().get(0).attribute(ScenarioAttributes.CATEGORY),
                    items + " items, " + loaded.values().size() + " scenarios");
            total += loaded.values().size();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(6);
        System.out.println("BBQ ambiguous scenarios per category: " + report + "; total " + total);
    }

    @Test
    void everyCrowsPairsRowGivesADirectScenario() throws Exception {
        Path csv = datasets().resolve("crows-pairs/crows_pairs_anonymized.csv");
        Assumptions.assumeTrue(Files.isRegularFile(csv), "no CrowS-Pairs CSV at " + csv);

        Loaded<Scenario> direct = CrowsPairsScenarios.direct(CrowsPairsReader.read(csv));

        assertThat(direct.skipped()).isEmpty();
        assertThat(direct.values()).hasSize(direct.rows());
        Map<String, Long> byDirection = direct.values().stream()
                .collect(Collectors.groupingBy(s -> s.attribute(ScenarioAttributes.DIRECTION), TreeMap::new,
                        Collectors.counting()));
        assertThat(byDirection.keySet()).containsExactly("antistereo", "stereo");
        System.out.println("CrowS-Pairs direct scenarios: " + direct.values().size() + " " + byDirection);
    }
}
