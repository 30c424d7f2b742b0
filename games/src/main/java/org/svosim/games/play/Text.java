package org.svosim.games.play;

import java.util.Locale;

/** Formatting of amounts in questions and facts: whole numbers without ".0". */
final class Text {
    private Text() {
    }

    static String amount(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        String s = String.format(Locale.ROOT, "%.6f", value);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
