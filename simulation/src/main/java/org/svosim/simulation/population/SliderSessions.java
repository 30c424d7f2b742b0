package org.svosim.simulation.population;

import java.time.Instant;
import java.util.List;
import org.svosim.agents.protocol.InterviewResult;
import org.svosim.simulation.config.PopulationSpec.SliderPlan;
import org.svosim.simulation.endpoint.EndpointGateway;
import org.svosim.simulation.plan.TrialSeeds;
import org.svosim.simulation.run.TrialOutcome;
import org.svosim.simulation.run.TrialSpec;
import org.svosim.simulation.run.TrialStatus;

/**
 * The slider measure of population agents as trials of the run database: each agent's interview is
 * one trial {@code slider/<agent>} of its backend, induced value and the plan's protocol, seeded from
 * the agent's seed, so it is stored (trials, decisions, messages, calls) and scored exactly like a
 * trial of a slider experiment.
 */
public final class SliderSessions {
    /** The prefix of every population slider trial id. */
    public static final String PREFIX = "slider/";

    private SliderSessions() {
    }

    /** The trial id of {@code agent}'s slider interview. */
    public static String trialId(String agent) {
        return PREFIX + agent;
    }

    /** The agent a slider trial id belongs to, or null if the id is not a population slider trial's. */
    public static String agentOf(String trialId) {
        return trialId.startsWith(PREFIX) ? trialId.substring(PREFIX.length()) : null;
    }

    /** The planned interview of the {@code index}-th member. */
    static TrialSpec spec(Member member, int index, SliderPlan plan) {
        return new TrialSpec(trialId(member.name()), index, member.backend(), member.value(), plan.protocol().name(),
                0, TrialSeeds.derive(member.seed(), "slider"));
    }

    /** The outcome recorded when an interview ended without reporting (its actor failed): failed, no answers. */
    static TrialOutcome failed(TrialSpec spec, EndpointGateway endpoint, String reason) {
        Instant now = Instant.now();
        return new TrialOutcome(spec, endpoint.spec().provider(), endpoint.spec().model(), TrialStatus.FAILED,
                new InterviewResult(List.of(), null, reason, List.of()), null, List.of(), now, now);
    }
}
