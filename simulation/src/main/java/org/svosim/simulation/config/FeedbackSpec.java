package org.svosim.simulation.config;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each agent of a population is told after a round: a preset or a template whose
 * {@code {{placeholder}}}s are filled from the round as seen from the agent's seat.
 *
 * @param preset   the preset, or {@link Preset#TEMPLATE} when {@code template} is used
 * @param template the template text when {@code preset} is TEMPLATE, else null
 */
public record FeedbackSpec(Preset preset, String template) {
    /** The feedback used when a population names none. */
    public static final FeedbackSpec DEFAULT = new FeedbackSpec(Preset.FULL, null);

    /** The placeholders a feedback template may use (see configs/README.md, "Populations"). */
    public static final List<String> PLACEHOLDERS = List.of("game", "round", "my_role", "my_move", "other_moves",
            "my_payoff", "other_payoffs", "my_total");

    /** {@code {{name}}}, as in the prompt templates. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}");
    /** A single-brace {@code {name}}, probably meant as a placeholder. */
    private static final Pattern SINGLE_BRACE = Pattern.compile("(?<!\\{)\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}(?!})");

    public FeedbackSpec {
        if ((preset == Preset.TEMPLATE) != (template != null)) {
            throw new IllegalArgumentException("a feedback template goes with preset TEMPLATE, and only with it");
        }
    }

    /** The presets. */
    public enum Preset {
        /** Nothing: the agent remembers no rounds. */
        NONE,
        /** The agent's own move(s) and payoff in the round. */
        OWN,
        /** Every move of the round and the payoffs of the agent and of the others (the default). */
        FULL,
        /** A template from the config. */
        TEMPLATE;

        /** The preset's word in a config. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The preset words a config may give instead of a template. */
    public static final List<String> PRESET_WORDS = List.of("none", "own", "full");

    /**
     * The feedback a config's text means: a preset word, or else a template.
     *
     * @throws IllegalArgumentException if the template uses a placeholder that is not in
     *                                  {@link #PLACEHOLDERS} (or writes one with single braces)
     */
    public static FeedbackSpec parse(String text) {
        String word = text.trim().toLowerCase(Locale.ROOT);
        if (PRESET_WORDS.contains(word)) {
            return new FeedbackSpec(Preset.valueOf(word.toUpperCase(Locale.ROOT)), null);
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                throw new IllegalArgumentException("unknown placeholder {{" + m.group(1) + "}}"
                        + Suggestions.didYouMean(m.group(1), PLACEHOLDERS) + "; a feedback template may use "
                        + String.join(", ", PLACEHOLDERS.stream().map(p -> "{{" + p + "}}").toList())
                        + " (or be one of " + String.join(", ", PRESET_WORDS) + ")");
            }
        }
        Matcher single = SINGLE_BRACE.matcher(text);
        if (single.find()) {
            throw new IllegalArgumentException("'{" + single.group(1) + "}' has single braces; placeholders are written"
                    + " {{" + single.group(1) + "}} (known: " + String.join(", ", PLACEHOLDERS) + ")");
        }
        if (!PLACEHOLDER.matcher(text).find()) {
            throw new IllegalArgumentException("'" + text + "' is neither a preset (" + String.join(", ", PRESET_WORDS)
                    + ") nor a template with at least one placeholder such as {{my_move}}");
        }
        return new FeedbackSpec(Preset.TEMPLATE, text);
    }
}
