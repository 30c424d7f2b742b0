package org.svosim.simulation.export;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
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
        String shortest = Double.toString(value);
        if (shortest.indexOf('E') < 0) {
            return plainDecimal(shortest);
        }
        String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }

    /**
     * {@link Double#toString} without exponent ("20.0", "-0.25") with trailing fractional zeros and a bare
     * point removed, as {@code BigDecimal.valueOf(v).stripTrailingZeros().toPlainString()} would give.
     */
    private static String plainDecimal(String shortest) {
        int end = shortest.length();
        while (shortest.charAt(end - 1) == '0') {
            end--;
        }
        if (shortest.charAt(end - 1) == '.') {
            end--;
        }
        String plain = shortest.substring(0, end);
        return plain.equals("-0") || plain.isEmpty() ? "0" : plain;
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
        if (value == null) {
            return null;
        }
        LocalDateTime t = LocalDateTime.ofEpochSecond(value.getEpochSecond(), 0, ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return TIMESTAMP.format(value.truncatedTo(ChronoUnit.MILLIS));
        }
        char[] c = "0000-00-00T00:00:00.000Z".toCharArray();
        put(c, 0, 4, t.getYear());
        put(c, 5, 2, t.getMonthValue());
        put(c, 8, 2, t.getDayOfMonth());
        put(c, 11, 2, t.getHour());
        put(c, 14, 2, t.getMinute());
        put(c, 17, 2, t.getSecond());
        put(c, 20, 3, value.getNano() / 1_000_000);
        return new String(c);
    }

    private static void put(char[] c, int from, int width, int value) {
        for (int i = from + width - 1; i >= from; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
