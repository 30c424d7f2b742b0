package org.svosim.agents.prompt;

import java.math.BigDecimal;
import java.util.Locale;

/** How numbers are written into prompts: payoffs and angles without a needless ".0", weights to 3 decimals. */
public final class PromptNumbers {
    private PromptNumbers() {
    }

    /** {@code 85.0 -> "85"}, {@code 22.5 -> "22.5"}, {@code -45.0 -> "-45"}. */
    public static String plain(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("cannot write a non-finite number into a prompt: " + value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** A weight such as cos(theta) to three decimals, never "-0.000": {@code 0.8660254 -> "0.866"}. */
    public static String weight(double value) {
        double rounded = Math.round(value * 1000.0) / 1000.0;
        if (rounded == 0.0) {
            rounded = 0.0;
        }
        return String.format(Locale.ROOT, "%.3f", rounded);
    }
}
