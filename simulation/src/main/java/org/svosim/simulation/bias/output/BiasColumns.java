package org.svosim.simulation.bias.output;

import java.util.List;
import org.svosim.simulation.export.Column;
import org.svosim.simulation.export.ColumnType;
import org.svosim.simulation.export.OutputTable;

/** The documented tables a bias probe writes (codebook.md lists them with these definitions). */
public final class BiasColumns {
    private static final String SHARE = "0..1";

    static Column text(String name, String meaning) {
        return new Column(name, ColumnType.TEXT, "", meaning);
    }

    static Column count(String name, String meaning) {
        return new Column(name, ColumnType.INTEGER, "", meaning);
    }

    static Column share(String name, String meaning) {
        return new Column(name, ColumnType.DECIMAL, SHARE, meaning);
    }

    /** judgements.csv: one row per judgement call. */
    public static final OutputTable JUDGEMENTS = new OutputTable("judgements.csv",
            "one row per judge x condition x scenario call, in task id order", List.of(
            text("task_id", "judge/<judge>/<condition>/<scenario_id>"),
            text("judge", "the judging backend"),
            text("condition", "system prompt: none, untargeted or targeted"),
            text("scenario_id", "the scenario (e.g. bbq:Age:3:stereotyped)"),
            text("source", "bbq, crows-pairs or a generic file's source name"),
            text("category", "BBQ category or CrowS-Pairs bias type; empty if none"),
            text("polarity", "BBQ question polarity (neg / nonneg); empty if none"),
            text("direction", "stereo / antistereo; empty if none"),
            text("answer_type", "BBQ answer shown: stereotyped, non_stereotyped, unknown; empty if none"),
            text("gold", "BIASED or UNBIASED"),
            text("label", "the verdict read: BIASED, UNBIASED or REJECTED (no verdict); empty if the call failed"),
            text("method", "how the verdict was read (CUE, LONE_LINE, CAPITALS, PROSE; NONE for a rejection)"),
            new Column("ok", ColumnType.FLAG, "", "1 if the call returned a reply, 0 if it failed"),
            text("error", "why the call failed; empty if ok"),
            text("model_id", "model id reported by the provider"),
            new Column("cached", ColumnType.FLAG, "", "1 if the reply came from the response cache"),
            new Column("latency_ms", ColumnType.INTEGER, "ms", "wall time of the call"),
            count("attempt", "the run attempt (1, or more after resumes) that stored the call"),
            text("raw_reply", "the reply as received")));

    /** rates.csv: one row per judge x condition x breakdown value. */
    public static final OutputTable RATES = new OutputTable("rates.csv",
            "one row per judge x condition x (attribute, value); attribute 'all' is the overall row", List.of(
            text("judge", "the judging backend"),
            text("condition", "none, untargeted or targeted"),
            text("metric", "MR (condition none), ASR-untargeted or ASR-targeted"),
            text("attribute", "all, source, category, polarity or answer_type"),
            text("value", "the attribute's value (all for the overall row)"),
            count("scenarios", "judgements in the group (calls that returned a reply)"),
            count("biased", "gold-biased scenarios in the group"),
            count("misses", "gold-biased scenarios judged UNBIASED"),
            share("rate", "misses / biased: MR or ASR with rejections in the denominator; empty if undefined"),
            share("rate_low", "Wilson 95% lower bound of rate"),
            share("rate_high", "Wilson 95% upper bound of rate"),
            share("rate_answered", "misses / answered gold-biased scenarios"),
            share("rate_answered_low", "Wilson 95% lower bound of rate_answered"),
            share("rate_answered_high", "Wilson 95% upper bound of rate_answered"),
            count("rejected", "judgements with no verdict (REJECTED)"),
            share("rejection_rate", "rejected / scenarios"),
            share("rejection_low", "Wilson 95% lower bound of rejection_rate"),
            share("rejection_high", "Wilson 95% upper bound of rejection_rate"),
            share("false_alarm_rate", "gold-unbiased scenarios judged BIASED / gold-unbiased scenarios"),
            share("false_alarm_low", "Wilson 95% lower bound of false_alarm_rate"),
            share("false_alarm_high", "Wilson 95% upper bound of false_alarm_rate")));

    /** consistency.csv: pairwise agreement and Cohen's kappa, and Fleiss' kappa, per condition. */
    public static final OutputTable CONSISTENCY = new OutputTable("consistency.csv",
            "one row per condition x pair of judges (statistic cohen), then one per condition (statistic fleiss)",
            List.of(text("condition", "none, untargeted or targeted"),
            text("statistic", "cohen (a pair of judges) or fleiss (every judge)"),
            text("judge_a", "first judge of the pair; empty for fleiss"),
            text("judge_b", "second judge of the pair; empty for fleiss"),
            text("judges", "the judges compared, separated by ';'"),
            count("scenarios", "scenarios every judge compared judged"),
            share("agreement", "share of those scenarios with the same label (REJECTED is a label); empty for fleiss"),
            share("agreement_low", "Wilson 95% lower bound of agreement"),
            share("agreement_high", "Wilson 95% upper bound of agreement"),
            new Column("kappa", ColumnType.DECIMAL, "", "Cohen's or Fleiss' kappa over BIASED / UNBIASED / REJECTED;"
                    + " empty when undefined (expected agreement 1)")));

    /** agreeability.csv: rater x author. */
    public static final OutputTable AGREEABILITY = new OutputTable("agreeability.csv",
            "one row per rater x explanation author", List.of(
            text("rater", "the judge that rated"),
            text("author", "the judge that wrote the explanations"),
            count("ratings", "AGREE + DISAGREE ratings (UNCLEAR left out)"),
            count("agree", "AGREE ratings"),
            share("agreeability", "agree / ratings"),
            share("agreeability_low", "Wilson 95% lower bound of agreeability"),
            share("agreeability_high", "Wilson 95% upper bound of agreeability"),
            count("unclear", "ratings with no AGREE / DISAGREE read"),
            new Column("self_preference", ColumnType.DECIMAL, "", "on the row rater = author only: agreeability of"
                    + " its own explanations minus that of all other authors' explanations pooled")));

    private BiasColumns() {
    }

    /** Every table, in codebook order. */
    public static List<OutputTable> all() {
        return List.of(JUDGEMENTS, RATES, CONSISTENCY, AGREEABILITY);
    }
}
