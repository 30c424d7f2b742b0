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

    /** Receives the rows of a file being written, one at a time. */
    public interface Rows {
        /** Writes one row; it must have as many cells as the header. */
        void row(String... cells) throws IOException;
    }

    /** Produces the rows of a file into a {@link Rows} sink (streaming: no list of rows in memory). */
    public interface Body {
        void writeTo(Rows rows) throws IOException;
    }

    /** Writes the header and rows to {@code target}; every row must have as many cells as the header. */
    public static void write(Path target, List<String> header, List<List<String>> rows) throws IOException {
        stream(target, header, sink -> {
            for (List<String> row : rows) {
                sink.row(row.toArray(String[]::new));
            }
        });
    }

    /** Writes the header and then the rows {@code body} produces, streaming them to {@code target}. */
    public static void stream(Path target, List<String> header, Body body) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get();
        AtomicFile.write(target, writer -> {
            CSVPrinter printer = new CSVPrinter(writer, format);
            body.writeTo(cells -> {
                if (cells.length != header.size()) {
                    throw new IllegalStateException(target.getFileName() + ": row has " + cells.length
                            + " cells, header has " + header.size());
                }
                printer.printRecord((Object[]) cells);
            });
            printer.flush();
        });
    }
}
