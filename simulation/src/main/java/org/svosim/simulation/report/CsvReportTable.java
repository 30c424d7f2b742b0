package org.svosim.simulation.report;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A table of the report read from a CSV file of the run folder (e.g. the analysis statistics), with
 * decimals rounded for reading: the CSV keeps full precision, the report shows {@code decimals} places.
 */
public final class CsvReportTable {
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+\\.[0-9]+");

    private CsvReportTable() {
    }

    /**
     * @param csv      an RFC 4180 file with a header row (as the export and analysis write them)
     * @param title    what the table shows
     * @param caption  how to read it
     * @param decimals places shown for decimal cells (integers and text are shown as written)
     */
    public static ReportTable read(Path csv, String title, String caption, int decimals) throws IOException {
        return read(csv, title, caption, decimals, Integer.MAX_VALUE);
    }

    /**
     * As {@link #read(Path, String, String, int)}, keeping only the first {@code maxRows} rows; when
     * the file has more, the caption says how many of how many are shown and that the file has them all.
     */
    public static ReportTable read(Path csv, String title, String caption, int decimals, int maxRows)
            throws IOException {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
            List<List<String>> rows = new ArrayList<>();
            long total = 0;
            for (CSVRecord record : parser) {
                total++;
                if (rows.size() < maxRows) {
                    List<String> row = new ArrayList<>();
                    record.forEach(cell -> row.add(rounded(cell, decimals)));
                    rows.add(row);
                }
            }
            String shown = total > rows.size()
                    ? caption + " Showing the first " + rows.size() + " of " + total + " rows; "
                    + csv.getFileName() + " has them all."
                    : caption;
            return new ReportTable(title, shown, parser.getHeaderNames(), rows);
        }
    }

    static String rounded(String cell, int decimals) {
        if (cell == null || !DECIMAL.matcher(cell).matches()) {
            return cell;
        }
        String s = new BigDecimal(cell).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
        return s.matches("-0\\.?0*") ? s.substring(1) : s;
    }
}
