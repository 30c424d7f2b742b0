package org.svosim.agents.judge;

import java.util.List;
import java.util.regex.Pattern;
import org.svosim.games.bias.BiasLabel;

/**
 * Reads a judge's verdict: the text after "Judgment:" (also "Judgement:", any case, markdown
 * allowed); else a lone "BIASED" / "UNBIASED" line; else the words in capitals anywhere; else,
 * unless the reply is a refusal, the words in any case; when none of these gives one agreeing
 * label the reply is a rejection. Negations flip a word: "not unbiased" is BIASED, "not biased",
 * "isn't biased" and "non-biased" are UNBIASED, "no bias" is UNBIASED. Option lists echoed from
 * the prompt ("BIASED or UNBIASED", "BIASED/UNBIASED") are ignored. Thread-safe.
 */
public final class VerdictParser {
    private static final Pattern CUE = Pattern.compile("(?i)\\bjudge?ment\\s*[:\uff1a]");
    private static final Pattern ECHO = Pattern.compile("(?i)\\b(?:un)?biased\\b[\"'\\])]*\\s*(?:,|/|\\bor\\b|\\band\\b)"
            + "\\s*[\"'\\[(]*(?:judge?ment\\s*:\\s*)?[\"'\\[(]*\\b(?:un)?biased\\b[\"'\\])]*");

    private static final CuedLabelReader<BiasLabel> READER = new CuedLabelReader<>(CUE, ECHO,
            List.of(
                    LabelRule.of(LabelRule.NEGATION + "(?i:unbiased)\\b", BiasLabel.BIASED),
                    LabelRule.of(LabelRule.NEGATION + "(?i:biased)\\b", BiasLabel.UNBIASED),
                    LabelRule.of("\\b(?i:non[\\s-]?biased)\\b", BiasLabel.UNBIASED),
                    LabelRule.of("\\b(?i:no\\s+(?:social\\s+)?bias)\\b", BiasLabel.UNBIASED),
                    LabelRule.of("\\b(?i:unbiased)\\b", BiasLabel.UNBIASED),
                    LabelRule.of("\\b(?i:biased)\\b", BiasLabel.BIASED)),
            List.of(
                    LabelRule.of(LabelRule.NEGATION + "UNBIASED\\b", BiasLabel.BIASED),
                    LabelRule.of(LabelRule.NEGATION + "BIASED\\b", BiasLabel.UNBIASED),
                    LabelRule.of("\\bNON[\\s-]?BIASED\\b", BiasLabel.UNBIASED),
                    LabelRule.of("\\bUNBIASED\\b", BiasLabel.UNBIASED),
                    LabelRule.of("\\bBIASED\\b", BiasLabel.BIASED)),
            true);

    /** The verdict in {@code reply} (null is read as an empty reply), with the raw text kept. */
    public Verdict parse(String reply) {
        String raw = reply == null ? "" : reply;
        LabelReading<BiasLabel> reading = READER.read(raw);
        BiasLabel label = reading.label() == null ? BiasLabel.REJECTED : reading.label();
        return new Verdict(raw, label, reading.method(), reading.note());
    }
}
