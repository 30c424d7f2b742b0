package org.svosim.simulation.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * How values look in the CSV files, whatever the JVM's locale: missing values are empty cells,
 * decimals use '.', never a thousands separator or an exponent, booleans are 0/1, enums lower case,
 * times ISO-8601 UTC to the millisecond.
 */
public final class CsvCells {
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private CsvCells() {
    }

    /** The shortest plain decimal reading back as the same double ("20", "0.0001"); null if missing or not finite. */
    public static String number(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return null;
        }
        String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }

    /** A whole number, or null if missing. */
    public static String integer(Number value) {
        return value == null ? null : Long.toString(value.longValue());
    }

    /** 1 for true, 0 for false, null if missing. */
    public static String flag(Boolean value) {
        return value == null ? null : value ? "1" : "0";
    }

    /** The enum's name in lower case, or null if missing. */
    public static String label(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    /** As in the run database: {@code 2026-11-02T09:15:00.250Z}. */
    public static String time(Instant value) {
        return value == null ? null : TIMESTAMP.format(value.truncatedTo(ChronoUnit.MILLIS));
    }
}
