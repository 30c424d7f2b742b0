package org.svosim.agents.judge;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.svosim.agents.parse.Refusals;

/**
 * Reads a label out of a reply that was asked to end with a cue line such as
 * "Judgment: BIASED". In order, the first step that gives a label wins:
 * <ol>
 *   <li>the text after the cue (rest of the line, or the next non-blank line when the rest is
 *       empty), the last cue first; the first label phrase there counts;</li>
 *   <li>lines that hold nothing but a label phrase ("**BIASED**", "Not biased."), if they agree;</li>
 *   <li>label phrases in capitals anywhere, if they all agree (they conflict: a rejection);</li>
 *   <li>if {@code refusalFirst}: a refusal ("I'm sorry, but ...", "As an AI ...") is a rejection;</li>
 *   <li>label phrases in any case anywhere, if they all agree.</li>
 * </ol>
 * A reply with no label is noted as a refusal when it reads like one.
 * Before reading, markdown marks ({@code * _ ` #}) are dropped, curly apostrophes made straight
 * and option lists echoed from the prompt ("BIASED or UNBIASED") removed. Label phrases
 * include negations, so "not unbiased" is read as the opposite of "unbiased".
 */
final class CuedLabelReader<L> {
    private static final Pattern MARKDOWN = Pattern.compile("[*_`#]");

    private final Pattern cue;
    private final Pattern echo;
    private final List<LabelRule<L>> anyCase;
    private final List<LabelRule<L>> capitals;
    private final boolean refusalFirst;

    /**
     * @param cue      the cue, e.g. {@code judge?ment\s*:}
     * @param echo     option lists to remove before reading
     * @param anyCase  label phrases in any case, most specific first (negated forms before plain words)
     * @param capitals the same phrases with the label words in capitals only
     * @param refusalFirst whether a refusal-like reply is a rejection even when its prose holds a
     *                 label word ("As an AI, I aim to be unbiased ..." holds no verdict)
     */
    CuedLabelReader(Pattern cue, Pattern echo, List<LabelRule<L>> anyCase, List<LabelRule<L>> capitals,
                    boolean refusalFirst) {
        this.cue = cue;
        this.echo = echo;
        this.anyCase = List.copyOf(anyCase);
        this.capitals = List.copyOf(capitals);
        this.refusalFirst = refusalFirst;
    }

    LabelReading<L> read(String raw) {
        String text = normalise(raw);
        if (text.isBlank()) {
            return LabelReading.none("empty reply");
        }
        List<Integer> cueEnds = new ArrayList<>();
        Matcher m = cue.matcher(text);
        while (m.find()) {
            cueEnds.add(m.end());
        }
        for (int i = cueEnds.size() - 1; i >= 0; i--) {
            LabelMatch<L> found = first(anyCase, segmentAfter(text, cueEnds.get(i)), 0);
            if (found != null) {
                return new LabelReading<>(found.label(), ReadMethod.CUE, "after cue");
            }
        }
        Set<L> lone = loneLineLabels(text);
        if (lone.size() == 1) {
            return new LabelReading<>(lone.iterator().next(), ReadMethod.LONE_LINE, "lone line");
        }
        Set<L> upper = labels(all(capitals, text));
        if (upper.size() == 1) {
            return new LabelReading<>(upper.iterator().next(), ReadMethod.CAPITALS, "label in capitals");
        }
        if (upper.size() > 1) {
            return LabelReading.none("conflicting labels " + upper);
        }
        boolean refusal = Refusals.isRefusal(text);
        if (refusal && refusalFirst) {
            return LabelReading.none("refusal");
        }
        Set<L> prose = labels(all(anyCase, text));
        if (prose.size() == 1) {
            return new LabelReading<>(prose.iterator().next(), ReadMethod.PROSE, "label in prose");
        }
        if (prose.size() > 1) {
            return LabelReading.none("conflicting labels " + prose);
        }
        return LabelReading.none(refusal ? "refusal" : "no label");
    }

    private String normalise(String raw) {
        String text = raw == null ? "" : raw.replace('\u2019', '\'').replace("\r\n", "\n");
        text = MARKDOWN.matcher(text).replaceAll("");
        return echo.matcher(text).replaceAll(" ");
    }

    /** The rest of the line after {@code from}, or the next non-blank line when the rest has no letters. */
    private static String segmentAfter(String text, int from) {
        String[] lines = text.substring(from).split("\n", -1);
        for (String line : lines) {
            if (line.chars().anyMatch(Character::isLetter)) {
                return line;
            }
        }
        return "";
    }

    private Set<L> loneLineLabels(String text) {
        Set<L> found = new LinkedHashSet<>();
        for (String line : text.split("\n")) {
            String core = line.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            for (LabelRule<L> rule : anyCase) {
                if (!core.isEmpty() && rule.pattern().matcher(core).matches()) {
                    found.add(rule.label());
                    break;
                }
            }
        }
        return found;
    }

    /** The earliest phrase at or after {@code from}; at the same start the earlier rule wins. */
    private static <L> LabelMatch<L> first(List<LabelRule<L>> rules, String text, int from) {
        LabelMatch<L> best = null;
        for (LabelRule<L> rule : rules) {
            Matcher m = rule.pattern().matcher(text);
            if (m.find(from) && (best == null || m.start() < best.start())) {
                best = new LabelMatch<>(rule.label(), m.start(), m.end());
            }
        }
        return best;
    }

    /** Every phrase from left to right, none overlapping. */
    private static <L> List<LabelMatch<L>> all(List<LabelRule<L>> rules, String text) {
        List<LabelMatch<L>> matches = new ArrayList<>();
        LabelMatch<L> m = first(rules, text, 0);
        while (m != null) {
            matches.add(m);
            m = m.end() < text.length() ? first(rules, text, m.end()) : null;
        }
        return matches;
    }

    private static <L> Set<L> labels(List<LabelMatch<L>> matches) {
        Set<L> labels = new LinkedHashSet<>();
        matches.forEach(m -> labels.add(m.label()));
        return labels;
    }
}
