package org.svosim.simulation.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The current row of a result set read by column name, each name looked up once per result set
 * (the driver's own lookup lower-cases the name on every call, which is most of the cost of
 * reading a million rows).
 */
final class Row {
    /** Most distinct labels kept; beyond them a label is read as it comes. */
    private static final int MAX_LABELS = 4096;
    private static final ConcurrentHashMap<String, String> LABELS = new ConcurrentHashMap<>();

    private final ResultSet rs;
    private final Map<String, Integer> index = new HashMap<>();

    Row(ResultSet rs) {
        this.rs = rs;
    }

    ResultSet resultSet() {
        return rs;
    }

    int column(String name) throws SQLException {
        Integer i = index.get(name);
        if (i == null) {
            i = rs.findColumn(name);
            index.put(name, i);
        }
        return i;
    }

    String text(String name) throws SQLException {
        return rs.getString(column(name));
    }

    /**
     * A text of a column with few distinct values (a backend, a value label): equal values read anywhere are
     * one {@code String} (up to {@link #MAX_LABELS} of them), so the rows grouped by them later compare and hash
     * at once, also when two readers read the rows in halves.
     */
    String label(String name) throws SQLException {
        String value = text(name);
        if (value == null) {
            return null;
        }
        String known = LABELS.get(value);
        if (known != null) {
            return known;
        }
        if (LABELS.size() < MAX_LABELS) {
            known = LABELS.putIfAbsent(value, value);
        }
        return known == null ? value : known;
    }

    int integer(String name) throws SQLException {
        return rs.getInt(column(name));
    }

    long longInteger(String name) throws SQLException {
        return rs.getLong(column(name));
    }

    double real(String name) throws SQLException {
        return rs.getDouble(column(name));
    }

    /** The value, or null if the column is NULL. */
    Double nullableReal(String name) throws SQLException {
        double v = rs.getDouble(column(name));
        return rs.wasNull() ? null : v;
    }

    /** The value, or null if the column is NULL. */
    Long nullableLong(String name) throws SQLException {
        long v = rs.getLong(column(name));
        return rs.wasNull() ? null : v;
    }

    /** The value, or null if the column is NULL. */
    Integer nullableInteger(String name) throws SQLException {
        Long v = nullableLong(name);
        return v == null ? null : Math.toIntExact(v);
    }

    /** 1 as true, 0 as false, or null if the column is NULL. */
    Boolean nullableFlag(String name) throws SQLException {
        Long v = nullableLong(name);
        return v == null ? null : v != 0;
    }
}
