package org.svosim.simulation.store;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Binding and reading of nullable values, and the one timestamp format of the run database:
 * ISO-8601 UTC with exactly three fractional digits ({@code 2026-11-02T09:15:00.250Z}), so that
 * text order is time order.
 */
final class SqlValues {
    private SqlValues() {
    }

    /** The stored text of an instant (truncated to the millisecond), or null. */
    static String timestamp(Instant instant) {
        if (instant == null) {
            return null;
        }
        // by hand: DateTimeFormatter was a tenth of the run database writer's time
        long seconds = instant.getEpochSecond();
        LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        int year = t.getYear();
        if (year < 0 || year > 9999) {
            return instant.truncatedTo(ChronoUnit.MILLIS).toString();
        }
        StringBuilder b = new StringBuilder(24);
        pad(b, year, 4).append('-');
        pad(b, t.getMonthValue(), 2).append('-');
        pad(b, t.getDayOfMonth(), 2).append('T');
        pad(b, t.getHour(), 2).append(':');
        pad(b, t.getMinute(), 2).append(':');
        pad(b, t.getSecond(), 2).append('.');
        return pad(b, instant.getNano() / 1_000_000, 3).append('Z').toString();
    }

    private static StringBuilder pad(StringBuilder b, int value, int width) {
        String digits = Integer.toString(value);
        for (int k = digits.length(); k < width; k++) {
            b.append('0');
        }
        return b.append(digits);
    }

    /** Parses a stored timestamp; the canonical form is read directly, anything else by {@link Instant#parse}. */
    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        return canonical(text) ? Instant.ofEpochSecond(LocalDate.of(digits(text, 0, 4), digits(text, 5, 2),
                digits(text, 8, 2)).toEpochDay() * 86_400L + digits(text, 11, 2) * 3600L + digits(text, 14, 2) * 60L
                + digits(text, 17, 2), digits(text, 20, 3) * 1_000_000L) : Instant.parse(text);
    }

    /** Whether the text is exactly {@code dddd-dd-ddTdd:dd:dd.dddZ} with hour, minute and second in range. */
    private static boolean canonical(String t) {
        if (t.length() != 24 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != 'T' || t.charAt(13) != ':'
                || t.charAt(16) != ':' || t.charAt(19) != '.' || t.charAt(23) != 'Z') {
            return false;
        }
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22}) {
            if (t.charAt(i) < '0' || t.charAt(i) > '9') {
                return false;
            }
        }
        return digits(t, 11, 2) < 24 && digits(t, 14, 2) < 60 && digits(t, 17, 2) < 60;
    }

    private static int digits(String t, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            v = v * 10 + (t.charAt(i) - '0');
        }
        return v;
    }

    static void setText(PreparedStatement st, int index, String value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.VARCHAR);
        } else {
            st.setString(index, value);
        }
    }

    static void setReal(PreparedStatement st, int index, Double value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.REAL);
        } else {
            st.setDouble(index, value);
        }
    }

    static void setInteger(PreparedStatement st, int index, Long value) throws SQLException {
        if (value == null) {
            st.setNull(index, Types.INTEGER);
        } else {
            st.setLong(index, value);
        }
    }

    static void setFlag(PreparedStatement st, int index, Boolean value) throws SQLException {
        setInteger(st, index, value == null ? null : (value ? 1L : 0L));
    }

}
