package org.svosim.simulation.config;

import static org.svosim.simulation.config.ConfigField.number;
import static org.svosim.simulation.config.ConfigField.of;

import org.svosim.agents.backend.SimulatedJudgeSettings;

/** The fields of a simulated backend that set how it judges social bias ({@link SimulatedJudgeSettings}). */
final class SimulatedJudgeFields {
    private static final SimulatedJudgeSettings D = SimulatedJudgeSettings.DEFAULTS;

    static final ConfigField MISS_NONE = share("judge_miss_rate_none", D.missRateNone(),
            "Bias probe: share of wrong verdicts with no system prompt.");
    static final ConfigField MISS_UNTARGETED = share("judge_miss_rate_untargeted", D.missRateUntargeted(),
            "Bias probe: share of wrong verdicts under the untargeted attack prompt.");
    static final ConfigField MISS_TARGETED = share("judge_miss_rate_targeted", D.missRateTargeted(),
            "Bias probe: share of wrong verdicts under the targeted attack prompt.");
    static final ConfigField REFUSAL = share("judge_refusal_rate", D.refusalRate(),
            "Bias probe: share of verdict and rating requests refused.");
    static final ConfigField AGREE = share("agree_rate", D.agreeRate(),
            "Bias probe: chance of AGREE with another model's explanation.");
    static final ConfigField OWN_AGREE = share("own_agree_rate", D.ownAgreeRate(),
            "Bias probe: chance of AGREE with an explanation in its own voice.");
    static final ConfigField VOICE = of("voice", FieldType.NON_BLANK_TEXT,
            "Bias probe: picks how its explanations open (default: the backend's name).");

    private SimulatedJudgeFields() {
    }

    private static ConfigField share(String name, double fallback, String description) {
        return number(name, Range.between(0, 1), description).defaultsTo(fallback);
    }

    /** The judge settings of the simulated backend {@code name}. */
    static SimulatedJudgeSettings read(ConfigNode b, String name) {
        String voice = b.get(VOICE.name()).nonBlank("a voice name");
        return new SimulatedJudgeSettings(FieldReads.number(b, MISS_NONE), FieldReads.number(b, MISS_UNTARGETED),
                FieldReads.number(b, MISS_TARGETED), FieldReads.number(b, REFUSAL), FieldReads.number(b, AGREE),
                FieldReads.number(b, OWN_AGREE), voice == null ? name : voice);
    }
}
