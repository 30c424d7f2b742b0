package org.svosim.simulation.report;

import java.util.Locale;

/** How numbers look in the report's tables, whatever the JVM's locale; null (undefined) stays null. */
final class Cells {
    private Cells() {
    }

    /** {@code x} with {@code digits} decimals ("12.30"), or null. */
    static String fixed(Double x, int digits) {
        if (x == null || !Double.isFinite(x)) {
            return null;
        }
        String s = String.format(Locale.ROOT, "%." + digits + "f", x);
        return s.matches("-0\\.?0*") ? s.substring(1) : s;
    }

    /** "[low, high]" with {@code digits} decimals, or null if either end is missing. */
    static String interval(Double low, Double high, int digits) {
        String lo = fixed(low, digits);
        String hi = fixed(high, digits);
        return lo == null || hi == null ? null : "[" + lo + ", " + hi + "]";
    }

    /** A share 0..1 as a percentage with one decimal ("12.5%"), or null. */
    static String percent(Double share) {
        String s = fixed(share == null ? null : share * 100, 1);
        return s == null ? null : s + "%";
    }

    /** A count with thousands separators ("1,007,690"). */
    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String integer(Number n) {
        return n == null ? null : Long.toString(n.longValue());
    }

    /** {@code text} cut to {@code max} characters with an ellipsis, or null. */
    static String shortened(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        return text.substring(0, max - 1) + "\u2026";
    }
}
