package org.svosim.simulation.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one CSV file atomically: RFC 4180 (comma, double-quote quoting where needed, CRLF line ends),
 * UTF-8 without byte-order mark, a header row, null cells written empty.
 */
public final class CsvTable {
    private CsvTable() {
    }

    /** Writes the header and rows to {@code target}; every row must have as many cells as the header. */
    public static void write(Path target, List<String> header, List<List<String>> rows) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
        AtomicFile.write(target, writer -> {
            CSVPrinter printer = new CSVPrinter(writer, format);
            for (List<String> row : rows) {
                if (row.size() != header.size()) {
                    throw new IllegalStateException(target.getFileName() + ": row has " + row.size()
                            + " cells, header has " + header.size());
                }
                printer.printRecord(row);
            }
            printer.flush();
        });
    }
}
