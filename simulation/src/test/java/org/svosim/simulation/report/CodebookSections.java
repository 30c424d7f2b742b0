package org.svosim.simulation.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads codebook.md back: the documented column names under each file's section (test helper). */
public final class CodebookSections {
    private static final Pattern SECTION = Pattern.compile("^## `([^`]+)`$", Pattern.MULTILINE);
    private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| ([^|]+) \\|", Pattern.MULTILINE);

    private CodebookSections() {
    }

    /** File name -> documented column names in order, read back from the Markdown. */
    public static Map<String, List<String>> documentedColumns(Path codebook) throws IOException {
        String text = Files.readString(codebook);
        Map<String, List<String>> byFile = new LinkedHashMap<>();
        Matcher sections = SECTION.matcher(text);
        List<String> names = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        List<Integer> bodies = new ArrayList<>();
        while (sections.find()) {
            names.add(sections.group(1));
            starts.add(sections.start());
            bodies.add(sections.end());
        }
        for (int i = 0; i < names.size(); i++) {
            int end = i + 1 < names.size() ? starts.get(i + 1) : text.length();
            Matcher rows = ROW.matcher(text.substring(bodies.get(i), end));
            List<String> columns = new ArrayList<>();
            while (rows.find()) {
                columns.add(rows.group(1));
            }
            if (byFile.put(names.get(i), columns) != null) {
                throw new AssertionError("codebook.md has two sections for " + names.get(i));
            }
        }
        return byFile;
    }
}
