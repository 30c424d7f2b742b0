package org.svosim.simulation.bias.scenario;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file with a header row, read record by record with the line each record starts on
 * (quoted fields may span lines). Broken quoting is a {@link ScenarioSourceException} naming
 * the file and the last good line, since the rest of the file cannot be trusted.
 */
final class CsvRecords implements AutoCloseable {
    /** One record and the line it starts on. */
    record Row(CSVRecord record, long line) {
    }

    private final Path file;
    private final Reader in;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long lastLine = 1;

    private CsvRecords(Path file, Reader in, CSVParser parser) {
        this.file = file;
        this.in = in;
        this.parser = parser;
        this.records = parser.iterator();
    }

    /** Opens {@code file}; an empty header name (CrowS-Pairs' id column) is allowed. */
    static CsvRecords open(Path file) throws ScenarioSourceException {
        Reader in = null;
        try {
            in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setAllowMissingColumnNames(true).build().parse(in);
            return new CsvRecords(file, in, parser);
        } catch (IOException | IllegalArgumentException | UncheckedIOException e) {
            closeQuietly(in);
            throw new ScenarioSourceException("cannot read the header of CSV file " + file + ": " + e.getMessage(), e);
        }
    }

    List<String> header() {
        return parser.getHeaderNames();
    }

    Map<String, Integer> headerMap() {
        return parser.getHeaderMap();
    }

    /** The next record, or null at the end of the file. */
    Row next() throws ScenarioSourceException {
        try {
            if (!records.hasNext()) {
                return null;
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new ScenarioSourceException(file + " is not valid CSV after line " + lastLine + ": " + e.getMessage(), e);
        }
        CSVRecord record = records.next();
        long line = lastLine + 1;
        lastLine = parser.getCurrentLineNumber();
        return new Row(record, line);
    }

    @Override
    public void close() {
        closeQuietly(parser);
        closeQuietly(in);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception ignored) {
                // closing a file opened for reading; nothing left to save
            }
        }
    }
}
