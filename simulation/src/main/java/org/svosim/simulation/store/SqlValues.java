package org.svosim.simulation.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
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

    static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
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

    static Double real(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    static Long integer(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Integer smallInteger(ResultSet rs, String column) throws SQLException {
        Long v = integer(rs, column);
        return v == null ? null : Math.toIntExact(v);
    }

    static Boolean flag(ResultSet rs, String column) throws SQLException {
        Long v = integer(rs, column);
        return v == null ? null : v != 0;
    }
}
