package org.svosim.simulation.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Facts about the calls table that the analysis needs without reading every call: the order in which
 * backends first appear among the calls sorted by attempt, trial and sequence (found with small
 * aggregate queries instead of sorting every call), and which trials have calls.
 */
final class CallFacts {
    private CallFacts() {
    }

    /**
     * The ids of the trials with at least one call; with {@code uncachedBackends} not null, only calls
     * not answered by the cache and served by one of those backends count.
     */
    static Set<String> trialsWithCalls(Connection c, Collection<String> uncachedBackends) throws SQLException {
        String where = uncachedBackends == null ? ""
                : " WHERE cached = 0 AND backend IN (" + String.join(",",
                        Collections.nCopies(uncachedBackends.size(), "?")) + ")";
        Set<String> ids = new HashSet<>();
        try (PreparedStatement st = c.prepareStatement("SELECT trial_id FROM calls" + where + " GROUP BY trial_id")) {
            int i = 1;
            for (String b : uncachedBackends == null ? List.<String>of() : uncachedBackends) {
                st.setString(i++, b);
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        return ids;
    }

    /** A backend's or model's first call. */
    private record First(String name, long attempt, String trialId, long seq) {
    }

    static List<String> backends(Connection c) throws SQLException {
        List<First> firsts = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT backend, min(attempt) FROM calls GROUP BY backend");
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                firsts.add(new First(rs.getString(1), rs.getLong(2), null, 0));
            }
        }
        List<First> complete = new ArrayList<>();
        for (First f : firsts) {
            String trial = single(c, "SELECT min(trial_id) FROM calls WHERE backend IS ? AND attempt = ?",
                    f.name(), f.attempt(), null);
            String seq = single(c, "SELECT min(seq) FROM calls WHERE backend IS ? AND attempt = ? AND trial_id = ?",
                    f.name(), f.attempt(), trial);
            complete.add(new First(f.name(), f.attempt(), trial, Long.parseLong(seq)));
        }
        complete.sort(Comparator.comparingLong(First::attempt).thenComparing(First::trialId)
                .thenComparingLong(First::seq));
        return complete.stream().map(First::name).toList();
    }

    /** The model ids that answered calls to {@code backend}, in the order of their first answered call. */
    static List<String> answeringModels(Connection c, String backend) throws SQLException {
        String answered = " FROM calls WHERE backend IS ? AND ok = 1 AND model_id IS NOT NULL";
        List<String> models = strings(c, "SELECT DISTINCT model_id" + answered, backend);
        if (models.size() <= 1) {
            return models;
        }
        List<First> firsts = new ArrayList<>();
        for (String model : models) {
            try (PreparedStatement st = c.prepareStatement("SELECT attempt, trial_id, seq" + answered
                    + " AND model_id = ? ORDER BY attempt, trial_id, seq LIMIT 1")) {
                st.setString(1, backend);
                st.setString(2, model);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    firsts.add(new First(model, rs.getLong(1), rs.getString(2), rs.getLong(3)));
                }
            }
        }
        firsts.sort(Comparator.comparingLong(First::attempt).thenComparing(First::trialId)
                .thenComparingLong(First::seq));
        return firsts.stream().map(First::name).toList();
    }

    private static List<String> strings(Connection c, String sql, String parameter) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, parameter);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static String single(Connection c, String sql, String backend, long attempt, String trialId)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, backend);
            st.setLong(2, attempt);
            if (trialId != null) {
                st.setString(3, trialId);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
