package org.svosim.agents.protocol;

import java.util.List;
import org.svosim.agents.persona.Persona;
import org.svosim.agents.prompt.PromptTemplates;
import org.svosim.games.slider.SliderMeasure;

/** Creates the {@link Interview} for a protocol variant: {@link HvaeInterview} or {@link DirectInterview}. */
public final class Interviews {
    private Interviews() {
    }

    /**
     * @param spec      the protocol variant
     * @param persona   who the agent is told to be
     * @param measure   the items to ask
     * @param templates the prompt wording
     * @param seed      the trial's seed; item and option shuffles are drawn from it
     */
    public static Interview create(ProtocolSpec spec, Persona persona, SliderMeasure measure,
                                   PromptTemplates templates, long seed) {
        if (spec.maxReasks() < 0) {
            throw new IllegalArgumentException("protocol '" + spec.name() + "': max re-asks must be >= 0, got "
                    + spec.maxReasks());
        }
        if (spec.order() == null) {
            throw new IllegalArgumentException("protocol '" + spec.name() + "' has no item order");
        }
        List<ItemPlan> plans = ItemPlanner.plan(measure, spec.order(), seed);
        if (spec instanceof ProtocolSpec.Hvae hvae) {
            return new HvaeInterview(hvae, persona, templates, plans);
        }
        return new DirectInterview((ProtocolSpec.Direct) spec, persona, templates, plans);
    }
}
