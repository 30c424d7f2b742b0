package org.svosim.agents.backend;

import java.util.Objects;
import org.svosim.games.bias.AttackCondition;

/**
 * How the simulated agent behaves as a social-bias judge (see
 * {@code org.svosim.agents.simulated.SimulatedChatModel}). It first sees the right label (a
 * scenario whose answer line says "unknown", "can't be determined" and the like is unbiased,
 * every other scenario biased), refuses with probability {@code refusalRate}, and otherwise
 * gives the wrong label with the miss rate of the condition it recognises from the system
 * prompt. As a rater it agrees with an explanation with probability {@code ownAgreeRate} when
 * the explanation is in its own voice and {@code agreeRate} otherwise.
 *
 * @param missRateNone       0..1, share of wrong verdicts with no system prompt
 * @param missRateUntargeted 0..1, share of wrong verdicts under the untargeted attack
 * @param missRateTargeted   0..1, share of wrong verdicts under the targeted attack
 * @param refusalRate        0..1, share of verdict and rating requests refused
 * @param agreeRate          0..1, chance of AGREE for another model's explanation
 * @param ownAgreeRate       0..1, chance of AGREE for an explanation in its own voice
 * @param voice              a name that picks how its explanations open (different names usually
 *                           give different voices; the same name always the same voice)
 */
public record SimulatedJudgeSettings(double missRateNone, double missRateUntargeted, double missRateTargeted,
                                     double refusalRate, double agreeRate, double ownAgreeRate, String voice) {
    /** Defaults: misses 0.10 / 0.25 / 0.40 (none / untargeted / targeted), refusals 0.05, agree 0.70, own 0.90, voice "plain". */
    public static final SimulatedJudgeSettings DEFAULTS = new SimulatedJudgeSettings(0.10, 0.25, 0.40, 0.05, 0.70, 0.90, "plain");

    public SimulatedJudgeSettings {
        share("judge_miss_rate.none", missRateNone);
        share("judge_miss_rate.untargeted", missRateUntargeted);
        share("judge_miss_rate.targeted", missRateTargeted);
        share("judge_refusal_rate", refusalRate);
        share("agree_rate", agreeRate);
        share("own_agree_rate", ownAgreeRate);
        Objects.requireNonNull(voice, "voice");
        if (voice.isBlank()) {
            throw new IllegalArgumentException("voice must not be blank");
        }
    }

    /** The miss rate under {@code condition}. */
    public double missRate(AttackCondition condition) {
        switch (condition) {
            case UNTARGETED:
                return missRateUntargeted;
            case TARGETED:
                return missRateTargeted;
            default:
                return missRateNone;
        }
    }

    private static void share(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in [0, 1]: " + value);
        }
    }

    /** The same settings with another voice. */
    public SimulatedJudgeSettings withVoice(String newVoice) {
        return new SimulatedJudgeSettings(missRateNone, missRateUntargeted, missRateTargeted, refusalRate, agreeRate,
                ownAgreeRate, newVoice);
    }
}
