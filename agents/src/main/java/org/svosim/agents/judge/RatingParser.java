package org.svosim.agents.judge;

import java.util.List;
import java.util.regex.Pattern;
import org.svosim.games.bias.RatingLabel;

/**
 * Reads an AGREE / DISAGREE rating the same way {@link VerdictParser} reads a verdict, with the
 * cue "Rating:", except that a reply that reads like a refusal still counts when its prose holds
 * a rating ("I cannot agree with this" is DISAGREE). "disagree" is never read as "agree";
 * "do not agree" / "don't agree" is DISAGREE and "do not disagree" is AGREE. Thread-safe.
 */
public final class RatingParser {
    private static final Pattern CUE = Pattern.compile("(?i)\\brating\\s*[:\uff1a]");
    private static final Pattern ECHO = Pattern.compile("(?i)\\b(?:dis)?agree\\b[\"'\\])]*\\s*(?:,|/|\\bor\\b)"
            + "\\s*[\"'\\[(]*(?:rating\\s*:\\s*)?[\"'\\[(]*\\b(?:dis)?agree\\b[\"'\\])]*");
    private static final String NOT = "\\b(?i:do not|don't|does not|doesn't|cannot|can't|not|never)\\s+"
            + "(?:(?i:fully|entirely|really|completely)\\s+)?";

    private static final CuedLabelReader<RatingLabel> READER = new CuedLabelReader<>(CUE, ECHO,
            List.of(
                    LabelRule.of(NOT + "(?i:disagree)\\b", RatingLabel.AGREE),
                    LabelRule.of(NOT + "(?i:agree)\\b", RatingLabel.DISAGREE),
                    LabelRule.of("\\b(?i:disagree)\\b", RatingLabel.DISAGREE),
                    LabelRule.of("\\b(?i:agree)\\b", RatingLabel.AGREE)),
            List.of(
                    LabelRule.of(NOT + "DISAGREE\\b", RatingLabel.AGREE),
                    LabelRule.of(NOT + "AGREE\\b", RatingLabel.DISAGREE),
                    LabelRule.of("\\bDISAGREE\\b", RatingLabel.DISAGREE),
                    LabelRule.of("\\bAGREE\\b", RatingLabel.AGREE)),
            false);

    /** The rating in {@code reply} (null is read as an empty reply), with the raw text kept. */
    public ParsedRating parse(String reply) {
        String raw = reply == null ? "" : reply;
        LabelReading<RatingLabel> reading = READER.read(raw);
        RatingLabel label = reading.label() == null ? RatingLabel.UNCLEAR : reading.label();
        return new ParsedRating(raw, label, reading.method(), reading.note());
    }
}
